"""``chainer.functions.sum`` and ``sum_to``."""

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


def _sum_to_shape(t, shape):
    ndim = len(shape)
    lead = t.dim() - ndim
    lead_axis = tuple(range(lead))
    axis = tuple(i + lead for i, sx in enumerate(shape) if sx == 1)
    y = t
    if lead_axis + axis:
        y = t.sum(dim=lead_axis + axis, keepdim=True)
    if lead > 0:
        y = y.reshape(tuple(y.shape[lead:]))
    return y


def sum_to(x, shape):
    """Sum elements along axes so that the output has shape ``shape``
    (the inverse of ``broadcast_to``)."""
    t = _f.tensor(x)
    shape = tuple(shape)
    if tuple(t.shape) == shape:
        from chainer_compat import variable
        return variable.as_variable(x)

    return _f.output(_sum_to_shape(t, shape), 'SumTo', (x,))
