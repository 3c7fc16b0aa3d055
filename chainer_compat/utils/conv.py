"""Convolution size helpers and im2col/col2im (``chainer.utils.conv``).

The CPU variants work on numpy arrays as Chainer's do; the GPU variants run
the same gather/scatter with torch ops on the device tensor (Chainer uses
CuPy kernels) and return the device's array type.
"""
import numpy
import torch

from chainer_compat._bridge import convert as _convert
from chainer_compat.backends import cuda


def get_conv_outsize(size, k, s, p, cover_all=False, d=1):
    """Output size of a convolution along one axis.

    Args:
        size (int): input size; k: kernel size; s: stride; p: padding;
        cover_all (bool): Chainer's ``cover_all``; d (int): dilation.
    """
    dk = k + (k - 1) * (d - 1)
    if cover_all:
        return (size + p * 2 - dk + s - 1) // s + 1
    return (size + p * 2 - dk) // s + 1


def get_deconv_outsize(size, k, s, p, cover_all=False, d=1):
    """Output size of a deconvolution along one axis (inverse rule)."""
    dk = (k - 1) * d + 1
    if cover_all:
        return s * (size - 1) + dk - s + 1 - 2 * p
    return s * (size - 1) + dk - 2 * p


def _out_sizes(h, w, kh, kw, sy, sx, ph, pw, cover_all, dy, dx, out_h, out_w):
    if out_h is None:
        out_h = get_conv_outsize(h, kh, sy, ph, cover_all, dy)
    assert out_h > 0, 'Height in the output should be positive.'
    if out_w is None:
        out_w = get_conv_outsize(w, kw, sx, pw, cover_all, dx)
    assert out_w > 0, 'Width in the output should be positive.'
    return out_h, out_w


def im2col_cpu(
        img, kh, kw, sy, sx, ph, pw, pval=0, cover_all=False, dy=1, dx=1,
        out_h=None, out_w=None):
    """(n, c, h, w) image -> (n, c, kh, kw, out_h, out_w) patches."""
    n, c, h, w = img.shape
    out_h, out_w = _out_sizes(h, w, kh, kw, sy, sx, ph, pw, cover_all,
                              dy, dx, out_h, out_w)
    padded = numpy.pad(
        img, ((0, 0), (0, 0), (ph, ph + sy - 1), (pw, pw + sx - 1)),
        mode='constant', constant_values=(pval,))
    col = numpy.ndarray((n, c, kh, kw, out_h, out_w), dtype=img.dtype)
    for j in range(kh):
        y0 = j * dy
        for i in range(kw):
            x0 = i * dx
            col[:, :, j, i] = padded[:, :, y0:y0 + sy * out_h:sy,
                                     x0:x0 + sx * out_w:sx]
    return col


def _im2col_torch(t, kh, kw, sy, sx, ph, pw, pval, cover_all, dy, dx,
                  out_h, out_w):
    n, c, h, w = t.shape
    out_h, out_w = _out_sizes(h, w, kh, kw, sy, sx, ph, pw, cover_all,
                              dy, dx, out_h, out_w)
    padded = torch.nn.functional.pad(
        t, (pw, pw + sx - 1, ph, ph + sy - 1), value=pval)
    col = t.new_empty((n, c, kh, kw, out_h, out_w))
    for j in range(kh):
        y0 = j * dy
        for i in range(kw):
            x0 = i * dx
            col[:, :, j, i] = padded[:, :, y0:y0 + sy * out_h:sy,
                                     x0:x0 + sx * out_w:sx]
    return col


def im2col_gpu(img, kh, kw, sy, sx, ph, pw, cover_all=False, dy=1, dx=1,
               out_h=None, out_w=None):
    t = _convert.as_tensor(img)
    return _convert.to_array(_im2col_torch(
        t, kh, kw, sy, sx, ph, pw, 0, cover_all, dy, dx, out_h, out_w))


def _is_device_array(a):
    return not isinstance(a, numpy.ndarray) and (
        (cuda.available and isinstance(a, cuda.ndarray))
        or isinstance(a, torch.Tensor))


def im2col(img, kh, kw, sy, sx, ph, pw, cover_all=False, dy=1, dx=1,
           out_h=None, out_w=None):
    fn = im2col_gpu if _is_device_array(img) else im2col_cpu
    return fn(img, kh, kw, sy, sx, ph, pw, cover_all=cover_all, dy=dy, dx=dx,
              out_h=out_h, out_w=out_w)


def col2im_cpu(col, sy, sx, ph, pw, h, w, dy=1, dx=1):
    """(n, c, kh, kw, out_h, out_w) patches -> summed (n, c, h, w) image."""
    n, c, kh, kw, out_h, out_w = col.shape
    img = numpy.zeros((n, c, h + 2 * ph + sy - 1, w + 2 * pw + sx - 1),
                      dtype=col.dtype)
    for j in range(kh):
        y0 = j * dy
        for i in range(kw):
            x0 = i * dx
            img[:, :, y0:y0 + sy * out_h:sy, x0:x0 + sx * out_w:sx] += \
                col[:, :, j, i]
    return img[:, :, ph:h + ph, pw:w + pw]


def col2im_gpu(col, sy, sx, ph, pw, h, w, dy=1, dx=1):
    t = _convert.as_tensor(col)
    n, c, kh, kw, out_h, out_w = t.shape
    img = t.new_zeros((n, c, h + 2 * ph + sy - 1, w + 2 * pw + sx - 1))
    for j in range(kh):
        y0 = j * dy
        for i in range(kw):
            x0 = i * dx
            img[:, :, y0:y0 + sy * out_h:sy, x0:x0 + sx * out_w:sx] += \
                t[:, :, j, i]
    return _convert.to_array(img[:, :, ph:h + ph, pw:w + pw].contiguous())


def col2im(col, sy, sx, ph, pw, h, w, dy=1, dx=1):
    fn = col2im_gpu if _is_device_array(col) else col2im_cpu
    return fn(col, sy, sx, ph, pw, h, w, dy, dx)
