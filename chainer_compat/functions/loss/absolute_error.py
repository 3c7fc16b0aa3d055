"""``chainer.functions.absolute_error``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def _check_pair(label, a, b, names=('x0', 'x1')):
    def body(in_types):
        type_check.expect(
            in_types[0].dtype.kind == 'f',
            in_types[0].dtype == in_types[1].dtype,
            in_types[0].shape == in_types[1].shape
        )
    _util.check(label, (a, b), body, names=names)


def absolute_error(x0, x1):
    """Element-wise ``|x0 - x1|`` (gradient ``sign(x0 - x1)``)."""
    a = _f.tensor(x0)
    b = _f.tensor(x1)
    _check_pair('AbsoluteError', a, b)
    d = a - b
    # |d| as d * sign(d) with a constant sign: the gradient's dependence on
    # x is then absent (Chainer: sign(diff) is a constant array), so double
    # backward w.r.t. x0/x1 gives None as in Chainer.
    return _f.output(d * torch.sign(d).detach(), 'AbsoluteError', (x0, x1))
