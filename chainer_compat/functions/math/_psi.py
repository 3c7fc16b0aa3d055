"""Digamma and polygamma whose derivatives agree with SciPy.

torch differentiates ``digamma`` through its own trigamma kernel, which is
about 1e-9 (relative) off SciPy's ``polygamma(1, x)``; Chainer's CPU path
(SciPy) gets higher orders from the Hurwitz zeta function.  Here every
order n >= 1 is ``(-1)**(n+1) * n! * zeta(n+1, x)``, differentiable through
torch's zeta (whose derivative in x is again zeta), so first and second
derivatives carry SciPy's values.
"""
import math

import torch


def psi(n, x):
    """Polygamma of integer order ``n`` at tensor ``x`` (NaN for n < 0, as
    SciPy)."""
    if n < 0:
        return torch.full_like(x, float('nan'))
    if n == 0:
        return _digamma(x)
    scale = (-1.0) ** (n + 1) * math.factorial(n)
    return scale * torch.special.zeta(float(n + 1), x)


class _WithDerivative(torch.autograd.Function):
    """``forward(x)`` whose derivative is ``derivative(x)`` (a
    differentiable torch expression, so double backprop works)."""

    @staticmethod
    def forward(ctx, x, forward, derivative):
        ctx.save_for_backward(x)
        ctx.derivative = derivative
        return forward(x)

    @staticmethod
    def backward(ctx, gy):
        x, = ctx.saved_tensors
        return gy * ctx.derivative(x), None, None


def _digamma(x):
    return _WithDerivative.apply(x, torch.digamma, lambda t: psi(1, t))


def lgamma(x):
    """lgamma whose derivative is digamma with SciPy-exact higher orders."""
    return _WithDerivative.apply(x, torch.lgamma, _digamma)
