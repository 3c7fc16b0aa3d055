"""``chainer.functions.where``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def where(condition, x, y):
    """Chainer-compatible :func:`chainer.functions.where`.

    ``condition`` must be a bool array (Chainer checks it); ``x`` and ``y``
    must share the dtype (no promotion).
    """
    if _f.is_variable(condition):
        condition = condition.array
    ct = _util.index_tensor(condition, _f.tensor(x))
    xt = _f.tensor(x)
    yt = _f.tensor(y)

    def body(in_types):
        x_type, y_type = in_types
        cond = type_check.Variable(type_check.TypeInfo(
            tuple(ct.shape), _f.numpy_dtype(ct)), 'condition')
        type_check.expect(cond.dtype == numpy.bool_,
                          x_type.dtype == y_type.dtype)
        type_check.expect_broadcast_shapes(cond.shape, x_type.shape,
                                           y_type.shape)
    _util.check('Where', (xt, yt), body, ('x', 'y'))
    return _f.output(torch.where(ct, xt, yt), 'Where', (x, y))
