"""``chainer.functions.dilated_convolution_2d``."""
from chainer_compat.functions.connection import convolution_2d as _c2d


def dilated_convolution_2d(x, W, b=None, stride=1, pad=0, dilate=1,
                           cover_all=False):
    """Two-dimensional dilated convolution (= ``convolution_2d`` with
    ``dilate``)."""
    return _c2d.convolution_2d(x, W, b, stride, pad, cover_all,
                               dilate=dilate)
