"""``chainer.functions.sum`` and ``sum_to``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def sum(x, axis=None, keepdims=False):
    """Sum of array elements over ``axis`` (None, int or tuple of ints).

    Returns a Variable (0-dim for a full reduction without keepdims).
    """
    axes = _h.normalize_axis(axis, 'Sum')
    t = _f.tensor(x)
    _h.check_axes('Sum', t, axes)
    if t.dim() == 0:
        y = t.sum()
    else:
        y = t.sum(dim=_h.dims(t, axes), keepdim=keepdims)
    return _f.output(y, 'Sum', (x,))


_AxisError = getattr(getattr(numpy, 'exceptions', numpy), 'AxisError')


def _sum_to_shape(t, shape):
    ndim = len(shape)
    lead = t.dim() - ndim
    lead_axis = tuple(range(lead))
    axis = tuple(i + lead for i, sx in enumerate(shape) if sx == 1)
    # numpy's ``x.sum(axes, keepdims=True)`` as Chainer calls it: axis
    # errors as numpy raises them, and an integer/bool input summed over
    # no axis still comes back as int64.
    axes = []
    for a in lead_axis + axis:
        if not -t.dim() <= a < t.dim():
            raise _AxisError(a, t.dim())
        if a % t.dim() in axes:
            raise ValueError("duplicate value in 'axis'")
        axes.append(a % t.dim())
    if t.dim() == 0:
        # numpy sums a 0-dim array to a scalar, which Chainer rejects
        raise TypeError('forward output must be a tuple of ndarrays. '
                        'Function: SumTo')
    if axes:
        y = t.sum(dim=tuple(axes), keepdim=True)
    elif t.dtype.is_floating_point or t.dtype.is_complex:
        y = t
    else:
        y = t.to(torch.int64)
    if lead > 0:
        y = y.reshape(tuple(y.shape[lead:]))
    return y


def sum_to(x, shape):
    """Sum elements along axes so that the output has shape ``shape``
    (the inverse of ``broadcast_to``)."""
    t = _f.tensor(x)
    # (as Chainer's ``x.shape == shape``: a list never matches)
    if isinstance(shape, tuple) and tuple(t.shape) == shape:
        from chainer_compat import variable
        return variable.as_variable(x)

    return _f.output(_sum_to_shape(t, shape), 'SumTo', (x,))
