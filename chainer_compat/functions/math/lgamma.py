"""``chainer.functions.lgamma``."""
import torch

from chainer_compat.functions.math import _psi
from chainer_compat.functions.math import _unary


def _fn(t):
    return _Lgamma.apply(t)


def lgamma(x):
    """Element-wise lgamma.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('lgamma', x, _unary._in_float(_fn), argname=True)


class _Lgamma(torch.autograd.Function):
    """lgamma whose derivative is digamma with SciPy-exact higher orders."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.lgamma(x)

    @staticmethod
    def backward(ctx, gy):
        x, = ctx.saved_tensors
        return gy * _psi.psi(0, x)
