"""``chainer.functions.maximum``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _check(label, a, b):
    def fn(in_types):
        type_check.expect(
            in_types[0].dtype.kind == 'f',
            in_types[0].dtype == in_types[1].dtype,
        )
        type_check.expect_broadcast_shapes(
            in_types[0].shape, in_types[1].shape)
    _h.check(label, (a, b), ('x1', 'x2'), fn)


def maximum(x1, x2):
    """Element-wise maximum (broadcasting).  On ties the gradient goes to
    ``x1`` (Chainer: ``gx1 = gy * (x1 >= x2)``), not split as in torch."""
    a = _f.tensor(x1)
    b = _f.tensor(x2)
    _check('Maximum', a, b)
    return _f.output(torch.where(a >= b, a, b), 'Maximum', (x1, x2))
