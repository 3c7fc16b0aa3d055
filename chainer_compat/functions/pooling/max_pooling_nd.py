"""``chainer.functions.max_pooling_{1d,2d,3d,nd}``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.pooling import _pool
from chainer_compat.utils import conv_nd as _conv_nd

_NATIVE = {1: torch.nn.functional.max_pool1d_with_indices
           if hasattr(torch.nn.functional, 'max_pool1d_with_indices')
           else None,
           2: torch.nn.functional.max_pool2d_with_indices,
           3: torch.nn.functional.max_pool3d_with_indices}


def _local_index(idx, dims, ksize, stride, pad):
    """torch's flat input positions -> Chainer's index inside the window."""
    nd = len(dims)
    outs = idx.shape[2:]
    rem = idx
    coords = []
    for i in reversed(range(nd)):
        coords.append(rem % dims[i])
        rem = rem // dims[i]
    coords = coords[::-1]
    local = None
    for i in range(nd):
        shape = [1] * nd
        shape[i] = outs[i]
        start = (torch.arange(outs[i], device=idx.device) * stride[i]
                 - pad[i]).reshape(shape)
        off = coords[i] - start
        local = off if local is None else local * ksize[i] + off
    return local


def _max_pool(x, ndim, ksize, stride, pad, cover_all, return_indices):
    if stride is None:
        stride = ksize
    if ndim <= 0:
        raise ValueError(
            'pooling operation requires at least one spatial dimension.')
    ksize = _pool.as_tuple(ksize, ndim)
    stride = _pool.as_tuple(stride, ndim)
    pad = _pool.as_tuple(pad, ndim)
    t = _f.tensor(x)
    _pool.check_pool('MaxPoolingND', t, ndim)
    dims = tuple(t.shape[2:])
    # Chainer's im2col errors (a negative pad: numpy.pad's ValueError)
    # before torch's kernel could see the geometry
    _pool.im2col_geometry(dims, ksize, stride, pad, cover_all, True)
    if _pool.native_ok(t, ksize, stride, pad, cover_all) and \
            _NATIVE.get(ndim) is not None:
        # torch's kernel finds the (first) maxima; the values are gathered
        # so that the gradient graph does not hold ``x`` (Chainer's second
        # order gradient w.r.t. ``x`` is None).
        with torch.no_grad():
            _, idx = _NATIVE[ndim](t.detach(), ksize, stride, pad, 1,
                                   cover_all)
        n, c = t.shape[:2]
        y = t.reshape(n, c, -1).gather(2, idx.reshape(n, c, -1)).reshape(
            idx.shape)
        local = None
        if return_indices:
            local = _local_index(idx, dims, ksize, stride, pad)
    else:
        w, outs = _pool.windows(t, ksize, stride, pad, cover_all,
                                -float('inf'))
        w = w.reshape(t.shape[0], t.shape[1], *outs, -1)
        y, local = w.max(dim=-1)
    out = _f.output(y, 'MaxPoolingND', (x,))
    if return_indices:
        return out, _f.array_of(local)
    return out


def max_pooling_nd(x, ksize, stride=None, pad=0, cover_all=True,
                   return_indices=False):
    """Chainer-compatible :func:`chainer.functions.max_pooling_nd`.

    ``cover_all=True`` by default (output size ``(d + 2p - k + s - 1) // s
    + 1``); padding is ``-inf``; ties pick the first maximum in window
    order.  ``return_indices=True`` also returns the argmax inside each
    window (an ndarray), as Chainer does.
    """
    ndim = len(x.shape[2:])
    return _max_pool(x, ndim, ksize, stride, pad, cover_all, return_indices)


def _check_ndim(x, n):
    _conv_nd._check_spatial_ndim(x.shape, n)


def max_pooling_1d(x, ksize, stride=None, pad=0, cover_all=True,
                   return_indices=False):
    """Chainer-compatible :func:`chainer.functions.max_pooling_1d`."""
    _check_ndim(x, 1)
    return max_pooling_nd(x, ksize, stride, pad, cover_all, return_indices)


def max_pooling_2d(x, ksize, stride=None, pad=0, cover_all=True,
                   return_indices=False):
    """Chainer-compatible :func:`chainer.functions.max_pooling_2d`."""
    _check_ndim(x, 2)
    return max_pooling_nd(x, ksize, stride, pad, cover_all, return_indices)


def max_pooling_3d(x, ksize, stride=None, pad=0, cover_all=True,
                   return_indices=False):
    """Chainer-compatible :func:`chainer.functions.max_pooling_3d`."""
    _check_ndim(x, 3)
    return max_pooling_nd(x, ksize, stride, pad, cover_all, return_indices)
