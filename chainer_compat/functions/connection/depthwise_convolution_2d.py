"""``chainer.functions.depthwise_convolution_2d``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import convolution_2d as _c2d


def depthwise_convolution_2d(x, W, b=None, stride=1, pad=0):
    """Depthwise convolution; ``W`` is ``(multiplier, in_channels, kh, kw)``.

    As in Chainer this is a grouped convolution (groups = in_channels) with
    the kernel transposed to ``(in_channels * multiplier, 1, kh, kw)``.
    """
    wt = _f.tensor(W)
    multiplier, in_channels, kh, kw = wt.shape
    w2 = _f.output(wt.transpose(0, 1).reshape(
        multiplier * in_channels, 1, kh, kw), 'Reshape', (W,))
    return _c2d.convolution_2d(x, w2, b, stride, pad, groups=in_channels)
