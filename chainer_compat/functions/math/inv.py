"""``chainer.functions.inv`` and ``batch_inv``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _inv(t):
    x = t.float() if t.dtype == torch.float16 else t
    y, info = torch.linalg.inv_ex(x)
    if bool((info != 0).any()):
        raise ValueError('Input has singular matrices.')
    return y.to(t.dtype)


def inv(a):
    """Inverse of a square matrix (ValueError if singular)."""
    t = _f.tensor(a)

    def fn(in_types):
        a_type, = in_types
        type_check.expect(a_type.dtype.kind == 'f')
        type_check.expect(a_type.ndim == 2)
        type_check.expect(a_type.shape[0] == a_type.shape[1])
    _h.check('Inv', (t,), ('a',), fn)
    return _f.output(_inv(t), 'Inv', (a,))


def batch_inv(a):
    """Inverses of a batch ``(N, M, M)`` of square matrices."""
    t = _f.tensor(a)

    def fn(in_types):
        a_type, = in_types
        type_check.expect(a_type.dtype.kind == 'f')
        type_check.expect(a_type.ndim == 3)
        type_check.expect(a_type.shape[-1] == a_type.shape[-2])
    _h.check('BatchInv', (t,), ('a',), fn)
    return _f.output(_inv(t), 'BatchInv', (a,))
