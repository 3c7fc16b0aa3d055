"""Elementwise kernels whose last bit must match numpy's (CPU parity).

torch's vectorised float32 ``sqrt`` is not correctly rounded (about 17% of
results differ from numpy's by one ulp), which is enough to make optimizer
trajectories drift from Chainer's bit for bit.  On CPU these helpers run
numpy's kernel on zero-copy views; elsewhere they use torch.
"""
import numpy
import torch


def sqrt_into(x, out):
    """``out[...] = sqrt(x)`` with numpy's rounding on CPU."""
    if x.device.type == 'cpu' and out.device.type == 'cpu' \
            and x.dtype in (torch.float32, torch.float64) \
            and not x.requires_grad and not out.requires_grad:
        numpy.sqrt(x.numpy(), out=out.numpy())
    else:
        torch.sqrt(x, out=out)
    return out
