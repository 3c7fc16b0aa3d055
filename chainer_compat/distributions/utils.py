"""``chainer.distributions.utils`` (private helpers Chainer's tests use)."""
import warnings

import torch

from chainer_compat.distributions import _ops as O


class _ModifiedXLogX(torch.autograd.Function):
    # x log x with value 0 and gradient 0 (plus a RuntimeWarning) at x == 0

    @staticmethod
    def forward(ctx, x):
        pos = x > 0
        safe = torch.where(pos, x, torch.ones_like(x))
        logx = torch.log(safe)
        ctx.save_for_backward(x)
        return torch.where(pos, x * logx, torch.zeros_like(x))

    @staticmethod
    def backward(ctx, gy):
        x, = ctx.saved_tensors
        # log(x) recomputed from x so that double backprop sees it
        logx = torch.log(torch.where(x > 0, x, torch.ones_like(x)))
        zero = x == 0
        if bool(zero.any()):
            warnings.warn('cannot calculate gradient for zero input.',
                          RuntimeWarning)
        return gy * (1 + logx) * (~zero).to(gy.dtype)


def _modified_xlogx(x):
    """``x * log(x)`` defined as 0 at ``x == 0``."""
    return O.apply(_ModifiedXLogX.apply, 'ModifiedXLogX', O.as_variable(x))
