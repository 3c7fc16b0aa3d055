"""N-dimensional im2col/col2im (``chainer.utils.conv_nd``)."""
import itertools

import numpy
import torch

from chainer_compat._bridge import convert as _convert
from chainer_compat.utils.conv import _is_device_array
from chainer_compat.utils.conv import get_conv_outsize


def as_tuple(x, n):
    if hasattr(x, '__getitem__'):
        assert len(x) == n
        return tuple(x)
    return (x,) * n


def _geometry(dims, ksize, stride, pad, cover_all, dilate):
    ndim = len(dims)
    dilate = as_tuple(dilate, ndim)
    assert ndim == len(ksize) == len(stride) == len(pad)
    outs = tuple(get_conv_outsize(d, k, s, p, cover_all, di)
                 for d, k, s, p, di in zip(dims, ksize, stride, pad, dilate))
    assert all(out > 0 for out in outs), 'Output sizes should be positive.'
    return dilate, outs


def _windows(ksize, stride, dilate, outs):
    """(kernel offset tuple, slices into the padded image) per offset."""
    for kxs in itertools.product(*[range(k) for k in ksize]):
        starts = [kx * di for kx, di in zip(kxs, dilate)]
        yield kxs, tuple(slice(st, st + s * out, s)
                         for st, s, out in zip(starts, stride, outs))


def _im2col_nd(img, ksize, stride, pad, pval, cover_all, dilate, lib):
    n, c = img.shape[:2]
    dims = tuple(img.shape[2:])
    ksize, stride, pad = tuple(ksize), tuple(stride), tuple(pad)
    dilate, outs = _geometry(dims, ksize, stride, pad, cover_all, dilate)
    widths = [(p, p + s - 1) for s, p in zip(stride, pad)]
    if lib is numpy:
        padded = numpy.pad(img, [(0, 0), (0, 0)] + widths, mode='constant',
                           constant_values=(pval,))
        col = numpy.ndarray((n, c) + ksize + outs, dtype=img.dtype)
    else:
        flat = [w for pair in reversed(widths) for w in pair]
        padded = torch.nn.functional.pad(img, flat, value=pval)
        col = img.new_empty((n, c) + ksize + outs)
    full = (slice(None), slice(None))
    for kxs, window in _windows(ksize, stride, dilate, outs):
        col[full + kxs] = padded[full + window]
    return col


def im2col_nd_cpu(img, ksize, stride, pad, pval=0, cover_all=False, dilate=1):
    """(n, c, d_1..d_N) -> (n, c, k_1..k_N, out_1..out_N)."""
    return _im2col_nd(img, ksize, stride, pad, pval, cover_all, dilate, numpy)


def im2col_nd_gpu(img, ksize, stride, pad, cover_all=False, dilate=1):
    t = _convert.as_tensor(img)
    return _convert.to_array(
        _im2col_nd(t, ksize, stride, pad, 0, cover_all, dilate, torch))


def im2col_nd(img, ksize, stride, pad, cover_all=False, dilate=1):
    fn = im2col_nd_gpu if _is_device_array(img) else im2col_nd_cpu
    return fn(img, ksize, stride, pad, cover_all=cover_all, dilate=dilate)


def _col2im_nd(col, stride, pad, dims, dilate, lib):
    n, c = col.shape[:2]
    mid = (len(col.shape) - 2) // 2 + 2
    ksize = tuple(col.shape[2:mid])
    outs = tuple(col.shape[mid:])
    ndim = len(outs)
    dims, stride, pad = tuple(dims), tuple(stride), tuple(pad)
    dilate = as_tuple(dilate, ndim)
    assert len(ksize) == len(stride) == len(pad) == len(dims) == ndim
    shape = (n, c) + tuple(d + 2 * p + s - 1
                           for d, p, s in zip(dims, pad, stride))
    if lib is numpy:
        img = numpy.zeros(shape, dtype=col.dtype)
    else:
        img = col.new_zeros(shape)
    full = (slice(None), slice(None))
    for kxs, window in _windows(ksize, stride, dilate, outs):
        img[full + window] += col[full + kxs]
    return img[full + tuple(slice(p, d + p) for p, d in zip(pad, dims))]


def col2im_nd_cpu(col, stride, pad, dims, dilate=1):
    """Sums patches back into an (n, c, d_1..d_N) image."""
    return _col2im_nd(col, stride, pad, dims, dilate, numpy)


def col2im_nd_gpu(col, stride, pad, dims, dilate=1):
    t = _convert.as_tensor(col)
    return _convert.to_array(
        _col2im_nd(t, stride, pad, dims, dilate, torch).contiguous())


def col2im_nd(col, stride, pad, dims, dilate=1):
    fn = col2im_nd_gpu if _is_device_array(col) else col2im_nd_cpu
    return fn(col, stride, pad, dims, dilate)


def _check_spatial_ndim(shape, n):
    """The ValueError of Chainer's 1-D/3-D convolution, pooling and
    unpooling functions when ``shape`` (of x) has not ``n`` spatial axes."""
    nd = len(shape[2:])
    if nd != n:
        raise ValueError(
            'The number of dimensions under channel dimension of the input '
            '\'x\' should be {}. But the actual ndim was {}.'.format(n, nd))
