"""BLAS parity: float matrix products on CPU computed by numpy's BLAS.

Chainer computes ``F.linear``/``F.matmul`` on CPU with ``numpy.dot``; torch
uses its own BLAS (MKL), whose summation order differs in the last bit.

``CHAINER_COMPAT_BLAS`` chooses (divergence D-005):

* ``auto`` (default): products below ``_SMALL_MACS`` multiply-adds -- the
  sizes of small legacy scripts, whose printed digits users compare -- take
  numpy's values; larger ones run on torch's BLAS.  numpy's threaded
  OpenBLAS and torch's OpenMP pool contend for the same cores, which made
  large products several times slower than native torch.
* ``numpy``: every CPU float product goes through ``numpy.dot`` on
  zero-copy views, inside a torch autograd Function whose backward uses the
  products Chainer's backward uses (``gx = gy.W``, ``gW = gy^T.x``) and is
  itself differentiable -- bit-equal to Chainer at any size.
* ``torch``: torch's kernels everywhere.
"""
import os

import numpy
import torch

_MODE = os.environ.get('CHAINER_COMPAT_BLAS', 'auto')
_USE_NUMPY = _MODE != 'torch'
_ALL_SIZES = _MODE == 'numpy'
_NP_FLOATS = (torch.float32, torch.float64)
# Below this many multiply-adds the product is cheap and per-call overhead
# dominates: the result is computed by torch (for the graph and the
# gradients) and its values are overwritten with numpy's.
_SMALL_MACS = 1 << 16


def _np_ok(a, b):
    return (_USE_NUMPY and a.dtype in _NP_FLOATS and b.dtype in _NP_FLOATS
            and not a.is_cuda and not b.is_cuda and a.device.type == 'cpu'
            and b.device.type == 'cpu')


def _large(macs):
    return macs >= _SMALL_MACS and not _ALL_SIZES


def _dot(a, b):
    # numpy.dot on views; numpy handles transposed (F-ordered) operands by
    # passing transpose flags to BLAS, as Chainer's ``x.dot(W.T)`` does.
    an = a.detach().numpy()
    bn = b.detach().numpy()
    if not (an.flags.c_contiguous or an.flags.f_contiguous) and 1 in an.shape:
        an = numpy.ascontiguousarray(an)
    return torch.from_numpy(numpy.asarray(an.dot(bn), dtype=an.dtype))


class _MM(torch.autograd.Function):
    """a @ b for 2-D CPU float tensors, via numpy.dot."""

    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return _dot(a, b)

    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        ga = gb = None
        if ctx.needs_input_grad[0]:
            ga = mm(g, b.t())
        if ctx.needs_input_grad[1]:
            gb = mm(a.t(), g)
        return ga, gb


def mm(a, b):
    """2-D matrix product with Chainer's CPU numerics."""
    if _np_ok(a, b) and a.dtype == b.dtype and not _large(
            a.shape[0] * a.shape[1] * b.shape[1]):
        if torch.is_grad_enabled() and (a.requires_grad or b.requires_grad):
            return _MM.apply(a, b)
        return _dot(a, b)
    return torch.mm(a, b)


class _Linear(torch.autograd.Function):
    """x W^T (+ b) with Chainer's forward and backward products."""

    @staticmethod
    def forward(ctx, x, W):
        ctx.save_for_backward(x, W)
        return _dot(x, W.t())

    @staticmethod
    def backward(ctx, gy):
        x, W = ctx.saved_tensors
        gx = gW = None
        if ctx.needs_input_grad[0]:
            gx = mm(gy, W)            # Chainer: gy.dot(W)
        if ctx.needs_input_grad[1]:
            gW = mm(gy.t(), x)        # Chainer: gy.T.dot(x)
        return gx, gW


def _overwrite_with_numpy(y, x, W, b):
    # Chainer: y = x.dot(W.T); y += b   (float32/64 numpy arithmetic),
    # written straight into y's memory.
    yv = y.detach().numpy()
    numpy.dot(x.detach().numpy(), W.detach().numpy().T, out=yv)
    if b is not None:
        yv += b.detach().numpy()
    return y


def linear(x, W, b=None):
    """``x W^T + b`` for 2-D ``x`` (Chainer numerics on CPU).

    ``auto``: small products compute the graph with torch and take numpy's
    forward values (bit-equal values, gradients to rounding); large ones
    are torch's.  ``numpy``: numpy forward *and* backward at every size
    (bit-equal values and gradients).
    """
    if _np_ok(x, W) and x.dtype == W.dtype and (
            b is None or b.dtype == x.dtype) and not _large(
            x.shape[0] * x.shape[1] * W.shape[0]):
        needs_graph = torch.is_grad_enabled() and (
            x.requires_grad or W.requires_grad or
            (b is not None and b.requires_grad))
        if x.shape[0] * x.shape[1] * W.shape[0] < _SMALL_MACS and \
                not _ALL_SIZES:
            if needs_graph:
                return _overwrite_with_numpy(
                    torch.nn.functional.linear(x, W, b), x, W, b)
            yn = x.numpy().dot(W.numpy().T)
            if b is not None:
                yn += b.numpy()
            return torch.from_numpy(yn)
        if needs_graph:
            y = _Linear.apply(x, W)
        else:
            y = _dot(x, W.t())
        if b is not None:
            y = y + b
        return y
    return torch.nn.functional.linear(x, W, b)


def matmul(a, b):
    """Batched/broadcast matmul; 2-D CPU float goes through numpy."""
    if a.dim() == 2 and b.dim() == 2:
        return mm(a, b)
    return torch.matmul(a, b)
