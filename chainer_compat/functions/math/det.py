"""``chainer.functions.det`` and ``batch_det``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _check(t):
    def fn(in_types):
        a_type, = in_types
        type_check.expect(a_type.dtype.kind == 'f')
        type_check.expect(a_type.ndim == 3)
        type_check.expect(a_type.shape[-1] == a_type.shape[-2])
    _h.check('det', (t,), ('x',), fn)


class _BatchDet(torch.autograd.Function):
    """Batched determinant with Chainer's backward
    ``gy * det(x) * inv(x^T)``: a singular input raises
    ``ValueError('Input has singular matrices.')`` on backward (torch's
    own det backward would return a finite subgradient)."""

    @staticmethod
    def forward(ctx, x):
        y = torch.linalg.det(x)
        ctx.save_for_backward(x, y)
        return y

    @staticmethod
    def backward(ctx, gy):
        from chainer_compat.functions.math.inv import _inv
        x, y = ctx.saved_tensors
        inv_xt = _inv(x.transpose(-1, -2))
        return gy[:, None, None] * y[:, None, None] * inv_xt


def _det(t):
    # float16 is computed in float32 and cast back (Chainer's
    # _fp16_mixed_precision_helper).
    x = t.float() if t.dtype == torch.float16 else t
    return _BatchDet.apply(x).to(t.dtype)


def batch_det(a):
    """Determinants of a batch ``(N, M, M)`` of square matrices."""
    t = _f.tensor(a)
    _check(t)
    return _f.output(_det(t), 'det', (a,))


def det(a):
    """Determinant of one square matrix (a 0-dim Variable)."""
    t = _f.tensor(a)
    shape = (1,) + tuple(t.shape[:2])
    size = 1
    for s in shape:
        size *= s
    if t.dim() < 2 or t.numel() != size:
        if t.dim() < 2:
            raise IndexError('tuple index out of range')
        type_check._fail('Reshape', 'prod(x.shape) == prod({})'.format(
            shape), '{} != {}'.format(t.numel(), size))
    b = t.reshape(shape)
    _check(b)
    # Chainer: reshape -> BatchDet -> reshape, so the creator is Reshape
    return _f.output(_det(b).reshape(()), 'Reshape', (a,))
