"""Private: random draws for the noise functions.

On CPU the numbers come from numpy's global RNG with exactly the calls
Chainer makes (so seeded scripts reproduce Chainer's masks); on CUDA they
come from torch's generator (divergence D-201).
"""
import numpy
import torch

from chainer_compat._bridge import function as _f


def rand(shape, like):
    """Uniform [0, 1) of ``shape``: ``numpy.random.rand(*shape)`` (float64)
    on CPU."""
    if like.device.type == 'cpu':
        return _f.tensor(numpy.random.rand(*shape))
    return torch.rand(shape, device=like.device, dtype=torch.float32)


def standard_normal(shape, like):
    """``numpy.random.standard_normal(shape).astype(dtype)`` on CPU."""
    if like.device.type == 'cpu':
        return _f.tensor(numpy.random.standard_normal(shape).astype(
            _f.numpy_dtype(like), copy=False))
    return torch.randn(shape, device=like.device,
                       dtype=torch.float32).to(like.dtype)


def gumbel(shape, like):
    """``numpy.random.gumbel(size=shape).astype(dtype)`` on CPU."""
    if like.device.type == 'cpu':
        return _f.tensor(numpy.random.gumbel(size=shape).astype(
            _f.numpy_dtype(like)))
    u = torch.rand(shape, device=like.device, dtype=torch.float64)
    return (-torch.log(-torch.log(u))).to(like.dtype)


def uniform(low, high, shape, like):
    if like.device.type == 'cpu':
        return _f.tensor(numpy.random.uniform(low, high, shape).astype(
            _f.numpy_dtype(like), copy=False))
    return torch.empty(shape, device=like.device,
                       dtype=like.dtype).uniform_(low, high)
