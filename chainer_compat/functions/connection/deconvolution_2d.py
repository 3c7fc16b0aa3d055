"""``chainer.functions.deconvolution_2d``."""
from chainer_compat.functions.connection import deconvolution_nd as _dnd
from chainer_compat.utils import argument


def deconvolution_2d(x, W, b=None, stride=1, pad=0, outsize=None, **kwargs):
    """Two-dimensional transposed convolution (Chainer semantics).

    ``W`` is ``(in_channels, out_channels / groups, kh, kw)``; ``outsize``
    ``(outh, outw)`` picks the output size (torch ``output_padding``).
    """
    argument.check_unexpected_kwargs(
        kwargs, deterministic='deterministic argument is not '
        'supported anymore. '
        'Use chainer.using_config(\'cudnn_deterministic\', value) '
        'context where value is either `True` or `False`.')
    dilate, groups = argument.parse_kwargs(kwargs,
                                           ('dilate', 1), ('groups', 1))
    return _dnd._deconvolution(x, W, b, 2, stride, pad, outsize, dilate,
                               groups, 'Deconvolution2DFunction')
