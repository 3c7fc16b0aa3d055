"""``chainer.functions.max``, ``min``, ``argmax``, ``argmin``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


class _Select(torch.autograd.Function):
    """amax/amin whose gradient goes in full to *every* tied extremum.

    Chainer's Max/Min backward is ``gy * (x == y)`` (each maximum receives
    the whole ``gy``); torch's ``amax`` splits it evenly between ties and
    ``max(dim)`` gives it to one index.  The backward is
    ``broadcast(gy) * mask`` -- differentiable in ``gy`` (double backprop).
    """

    @staticmethod
    def forward(ctx, x, dims, keepdims, is_max):
        if x.dim() == 0:
            y = x.clone()
        elif is_max:
            y = torch.amax(x, dim=dims, keepdim=keepdims)
        else:
            y = torch.amin(x, dim=dims, keepdim=keepdims)
        ctx.dims = dims
        ctx.shape = x.shape
        ctx.save_for_backward(x, y)
        return y

    @staticmethod
    def backward(ctx, gy):
        x, y = ctx.saved_tensors
        shape = [1 if i in ctx.dims else s for i, s in enumerate(ctx.shape)]
        mask = (x == y.reshape(shape)).to(gy.dtype)
        return gy.reshape(shape).expand(ctx.shape) * mask, None, None, None


def _select(label, x, axis, keepdims, is_max):
    axes = _h.normalize_axis(axis, label)
    t = _f.tensor(x)
    _h.check_axes(label, t, axes)
    dims = _h.dims(t, axes) if t.dim() else []
    y = _Select.apply(t, dims, keepdims, is_max)
    return _f.output(y, label, (x,))


def max(x, axis=None, keepdims=False):
    """Maximum of array elements over ``axis`` (values only, not indices)."""
    return _select('Max', x, axis, keepdims, True)


def min(x, axis=None, keepdims=False):
    """Minimum of array elements over ``axis`` (values only, not indices)."""
    return _select('Min', x, axis, keepdims, False)


def _index(label, x, axis, is_max):
    if axis is not None and not isinstance(axis, int):
        raise TypeError('None or int are required')
    t = _f.tensor(x)

    def fn(in_types):
        type_check.expect(
            in_types.size() == 1,
            in_types[0].dtype.kind == 'f'
        )
        if axis is not None:
            if axis >= 0:
                type_check.expect(axis < in_types[0].ndim)
            else:
                type_check.expect(-axis - 1 < in_types[0].ndim)
    _h.check(label, (t,), None, fn)
    op = torch.argmax if is_max else torch.argmin
    with torch.no_grad():
        y = op(t.detach()) if axis is None else op(t.detach(), dim=axis)
        y = y.to(torch.int32)  # Chainer casts the indices to int32
    return _f.output(y, label, (x,))


def argmax(x, axis=None):
    """Index of the maximum (int32, not differentiable)."""
    return _index('ArgMax', x, axis, True)


def argmin(x, axis=None):
    """Index of the minimum (int32, not differentiable)."""
    return _index('ArgMin', x, axis, False)
