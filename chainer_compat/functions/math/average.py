"""``chainer.functions.average`` (also ``F.mean``)."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def _mean(x, axis, keepdims=False):
    axes = _h.normalize_axis(axis, 'Mean')
    t = _f.tensor(x)
    _h.check_axes('Mean', t, axes)
    divider = 1
    for d in (_h.dims(t, axes) if t.dim() else []):
        divider *= t.shape[d]
    if t.numel() == 0 and (axes is None or divider == 0):
        1.0 / (t.numel() if axes is None else divider)  # ZeroDivisionError
    if t.dim() == 0:
        y = t.mean()
    else:
        y = t.mean(dim=_h.dims(t, axes), keepdim=keepdims)
    return _f.output(y, 'Mean', (x,))


def average(x, axis=None, weights=None, keepdims=False):
    """Weighted average along ``axis`` (plain mean when ``weights`` is None).

    With weights, ``axis`` must be None (weights shaped like ``x``) or a
    single axis (1-D weights of length ``x.shape[axis]``).  As Chainer, the
    result is ``sum(x * w, axis) / sum(w)``.
    """
    if weights is None:
        return _mean(x, axis, keepdims)
    from chainer_compat.functions.math import sum as _sum
    ndim = _f.tensor(x).dim()
    if axis is None:
        pass
    elif isinstance(axis, tuple):
        axis = sorted(a + ndim if a < 0 else a for a in axis)
        for a, b in zip(axis, axis[1:]):
            if a == b:
                raise ValueError('duplicate value in \'axis\'')
        axis = tuple(axis)
    else:
        if axis < 0:
            axis += ndim
        axis = (axis,)
    if axis is not None and len(axis) > 1:
        raise ValueError(
            'tuple axis is not supported when weights is given')
    divider = _sum.sum(weights)
    xt = _f.tensor(x)
    if axis is not None:
        wt = _f.tensor(weights)
        w_shape = [d if i in axis else 1 for i, d in enumerate(xt.shape)]
        size = 1
        for d in w_shape:
            size *= d
        if wt.numel() != size:
            from chainer_compat.utils import type_check
            type_check._fail('Reshape', 'prod(x.shape) == prod({})'.format(
                w_shape), '{} != {}'.format(wt.numel(), size))
        weights = _f.output(wt.reshape(w_shape).expand(xt.shape),
                            'BroadcastTo', (weights,))
    if not _f.is_variable(x):
        from chainer_compat import variable
        x = variable.as_variable(x)
    x = x * weights
    x_sum = _sum.sum(x, axis, keepdims)
    dt = _f.tensor(divider)
    divider = _f.output(dt.expand(x_sum.shape), 'BroadcastTo', (divider,))
    return x_sum / divider
