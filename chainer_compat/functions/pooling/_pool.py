"""Private pooling helpers: N-d windows with Chainer's geometry.

Chainer pools over ``im2col`` patches: the input is padded with ``pad``
(``-inf`` for max, 0 for average) on both sides and, with
``cover_all=True``, ``stride - 1`` more at the end; output sizes follow
:func:`chainer_compat.utils.get_conv_outsize`.  torch's native pooling
differs at the borders (``ceil_mode`` drops a window starting in the right
padding, ``pad <= k/2`` is required), so the native kernels are used only
where the geometry provably coincides, and a general unfold path is used
otherwise.  Both give Chainer's first-maximum tie-breaking.
"""
import functools
import operator

import torch

from chainer_compat.utils import conv_nd as _conv_nd
from chainer_compat.functions.array import _util
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import get_deconv_outsize
from chainer_compat.utils import type_check

_prod = functools.partial(functools.reduce, operator.mul)


# chainer.utils.conv_nd.as_tuple (one definition).
as_tuple = _conv_nd.as_tuple


def check_pool(label, t, ndim, extra=None):
    def body(in_types):
        type_check.expect(in_types.size() == 1,
                          in_types[0].dtype.kind == 'f',
                          in_types[0].ndim == 2 + ndim,
                          in_types[0].size > 0)
        if extra is not None:
            extra(in_types)
    _util.check(label, (t,), body)


def windows(t, ksize, stride, pad, cover_all, pval):
    """``(n, c, d1..dN)`` -> ``(n, c, o1..oN, k1..kN)`` (a strided view of
    the padded input) and the output sizes."""
    dims = t.shape[2:]
    outs = tuple(get_conv_outsize(d, k, s, p, cover_all)
                 for d, k, s, p in zip(dims, ksize, stride, pad))
    if any(o <= 0 for o in outs):
        raise ValueError(
            'The size of the output must be positive; got {}'.format(outs))
    flat = []
    for d, k, s, p, o in reversed(list(zip(dims, ksize, stride, pad, outs))):
        far = max(0, s * (o - 1) + k - d - p)
        flat += [p, far]
    xp = torch.nn.functional.pad(t, flat, value=pval) if any(flat) else t
    w = xp
    for i, (k, s, o) in enumerate(zip(ksize, stride, outs)):
        w = w.unfold(2 + i, k, s).narrow(2 + i, 0, o)
    return w, outs


def native_ok(t, ksize, stride, pad, cover_all):
    """True where torch's pooling has exactly Chainer's windows."""
    if t.dtype not in (torch.float32, torch.float64):
        return False
    if len(ksize) > 3:
        return False
    for d, k, s, p in zip(t.shape[2:], ksize, stride, pad):
        if p * 2 > k:
            return False
        o = get_conv_outsize(d, k, s, p, cover_all)
        if o <= 0 or d + 2 * p < k:
            return False
        if cover_all and (o - 1) * s >= d + p:
            return False
    return True


def scatter_windows(x, ksize, stride, pad, outs, local=None):
    """Adjoint of window extraction: every element of ``x`` (n, c, o1..oN)
    is added into the output (n, c, *outs) at all positions of its window
    (``local is None``), or only at window position ``local`` (flattened
    window index).  Positions falling into the padding are dropped, as
    Chainer's ``col2im`` does."""
    n, c = x.shape[:2]
    odims = x.shape[2:]
    nd = len(odims)
    dev = x.device
    if local is None:
        # positions for every kernel offset: shape (o1..oN, k1..kN)
        coords = []
        for i in range(nd):
            o = torch.arange(odims[i], device=dev) * stride[i] - pad[i]
            k = torch.arange(ksize[i], device=dev)
            shape_o = [1] * (2 * nd)
            shape_o[i] = odims[i]
            shape_k = [1] * (2 * nd)
            shape_k[nd + i] = ksize[i]
            coords.append(o.reshape(shape_o) + k.reshape(shape_k))
        src = x.reshape(n, c, *odims, *([1] * nd)).expand(
            n, c, *odims, *ksize)
    else:
        loc = _util.index_tensor(local, x).to(torch.int64)
        coords = []
        rem = loc
        offs = []
        for i in reversed(range(nd)):
            offs.append(rem % ksize[i])
            rem = rem // ksize[i]
        offs = offs[::-1]
        for i in range(nd):
            o = torch.arange(odims[i], device=dev) * stride[i] - pad[i]
            shape_o = [1] * nd
            shape_o[i] = odims[i]
            coords.append(o.reshape(shape_o) + offs[i])
        src = x
    valid = None
    flat = None
    for i in range(nd):
        ci = coords[i]
        vi = (ci >= 0) & (ci < outs[i])
        valid = vi if valid is None else valid & vi
        flat = ci if flat is None else flat * outs[i] + ci
    if local is None:
        flat = flat.expand(src.shape[2:])
        valid = valid.expand(src.shape[2:])
        base = (torch.arange(n * c, device=dev) * _prod(outs, 1)).reshape(
            n * c, *([1] * (2 * nd)))
        flat = flat.unsqueeze(0) + base
        valid = valid.unsqueeze(0).expand(flat.shape)
    else:
        base = (torch.arange(n * c, device=dev) * _prod(outs, 1)).reshape(
            n, c, *([1] * nd))
        flat = flat + base
        valid = valid.expand(flat.shape)
    src = src.reshape(n * c, -1) if local is None else src
    flat = flat.reshape(-1)
    valid = valid.reshape(-1)
    srcf = src.reshape(-1)
    y = x.new_zeros(n * c * _prod(outs, 1))
    y = y.index_add(0, flat[valid], srcf[valid])
    return y.reshape(n, c, *outs)


def deconv_outs(dims, ksize, stride, pad, cover_all):
    return tuple(get_deconv_outsize(d, k, s, p, cover_all=cover_all)
                 for d, k, s, p in zip(dims, ksize, stride, pad))

