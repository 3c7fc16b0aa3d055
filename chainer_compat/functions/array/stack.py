"""``chainer.functions.stack``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def stack(xs, axis=0):
    """Chainer-compatible :func:`chainer.functions.stack`."""
    xs = tuple(xs)
    ts = [_f.tensor(x) for x in xs]

    def body(in_types):
        type_check.expect(in_types.size() > 0)
        type_check.expect(-in_types[0].ndim - 1 <= axis,
                          axis <= in_types[0].ndim)
        dtype = in_types[0].dtype
        shape = in_types[0].shape
        for x_type in in_types[1:]:
            type_check.expect(x_type.dtype == dtype, x_type.shape == shape)
    _util.check('Stack', ts, body)
    return _f.output(torch.stack(ts, dim=axis), 'Stack', xs)
