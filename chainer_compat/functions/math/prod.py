"""``chainer.functions.prod``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def prod(x, axis=None, keepdims=False):
    """Product of array elements over ``axis`` (None, int or tuple)."""
    axes = _h.normalize_axis(axis, 'Prod')
    t = _f.tensor(x)
    _h.check_axes('Prod', t, axes)
    y = t
    if t.dim() == 0:
        y = t * 1
    elif axes is None and not keepdims:
        y = t.prod()
    else:
        for d in sorted(_h.dims(t, axes), reverse=True):
            y = y.prod(dim=d, keepdim=keepdims)
    return _f.output(y, 'Prod', (x,))
