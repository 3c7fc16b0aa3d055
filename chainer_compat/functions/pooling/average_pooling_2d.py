"""``chainer.functions.average_pooling_2d``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.functions.pooling import average_pooling_nd as _apnd
from chainer_compat.utils import type_check


def average_pooling_2d(x, ksize, stride=None, pad=0):
    """Chainer-compatible :func:`chainer.functions.average_pooling_2d`:
    the mean over each ``kh x kw`` window, padding (zeros) counted in the
    divisor (torch's ``count_include_pad=True``)."""
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1,
                          in_types[0].dtype.kind == 'f',
                          in_types[0].ndim == 4)
    # (unlike AveragePoolingND, Chainer's AveragePooling2D accepts a 0-size
    # input: its im2col gives a 0-size output)
    _util.check('AveragePooling2D', (t,), body)
    return _apnd._avg_pool(x, 2, ksize, stride, pad, 0, 'AveragePooling2D',
                           checked=True)
