"""``chainer.functions.average_pooling_{1d,3d,nd}``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.pooling import _pool
from chainer_compat.utils import conv_nd as _conv_nd

_NATIVE = {1: torch.nn.functional.avg_pool1d,
           2: torch.nn.functional.avg_pool2d,
           3: torch.nn.functional.avg_pool3d}


def _avg_pool(x, ndim, ksize, stride, pad, pad_value, label,
              checked=False):
    if not (pad_value is None or pad_value == 0):
        raise ValueError(
            'pad_value must be either 0 or None, not {}.'.format(pad_value))
    if stride is None:
        stride = ksize
    if ndim <= 0:
        raise ValueError(
            'pooling operation requires at least one spatial dimension.')
    ksize = _pool.as_tuple(ksize, ndim)
    stride = _pool.as_tuple(stride, ndim)
    pad = _pool.as_tuple(pad, ndim)
    t = _f.tensor(x)
    if not checked:
        _pool.check_pool(label, t, ndim)
    # (torch's native avg_pool is not used: its double-backward graph
    # holds ``x``, where Chainer's second order gradient w.r.t. ``x`` is
    # None.)
    if True:
        w, outs = _pool.windows(t, ksize, stride, pad, False, 0.,
                                nd_message=label != 'AveragePooling2D')
        axes = tuple(range(2 + ndim, 2 + 2 * ndim))
        if pad_value == 0:
            y = w.mean(dim=axes)
        else:
            # Chainer divides by the number of non-padding elements.
            width = None
            for d, k, s, p, o in zip(t.shape[2:], ksize, stride, pad, outs):
                st = torch.arange(o, device=t.device) * s - p
                wd = (st + k).clamp(max=d) - st.clamp(min=0)
                width = wd if width is None else \
                    width[..., None] * wd
            y = w.sum(dim=axes) / width.to(t.dtype)
    return _f.output(y, label, (x,))


def average_pooling_nd(x, ksize, stride=None, pad=0, pad_value=0):
    """Chainer-compatible :func:`chainer.functions.average_pooling_nd`.

    ``pad_value=0`` divides by the full window size (padding counted, as
    torch's ``count_include_pad=True``); ``pad_value=None`` divides by the
    number of non-padding elements.  ``cover_all`` is not supported, as in
    Chainer.
    """
    ndim = len(x.shape[2:])
    return _avg_pool(x, ndim, ksize, stride, pad, pad_value,
                     'AveragePoolingND')


def _check_ndim(x, n):
    _conv_nd._check_spatial_ndim(x.shape, n)


def average_pooling_1d(x, ksize, stride=None, pad=0, pad_value=0):
    """Chainer-compatible :func:`chainer.functions.average_pooling_1d`."""
    _check_ndim(x, 1)
    return average_pooling_nd(x, ksize, stride, pad, pad_value)


def average_pooling_3d(x, ksize, stride=None, pad=0, pad_value=0):
    """Chainer-compatible :func:`chainer.functions.average_pooling_3d`."""
    _check_ndim(x, 3)
    return average_pooling_nd(x, ksize, stride, pad, pad_value)
