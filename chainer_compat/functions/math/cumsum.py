"""``chainer.functions.cumsum``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _check(label, t, axis):
    if not (axis is None or isinstance(axis, int)):
        raise TypeError('axis must be int or None')

    def fn(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f')
        if axis is not None:
            if axis >= 0:
                type_check.expect(axis < in_types[0].ndim)
            else:
                type_check.expect(-axis - 1 < in_types[0].ndim)
    _h.check(label, (t,), ('x',), fn)


def cumsum(x, axis=None):
    """Cumulative sum along ``axis`` (None: over the flattened array)."""
    if not (axis is None or isinstance(axis, int)):
        raise TypeError('axis must be int or None')
    t = _f.tensor(x)
    _check('Cumsum', t, axis)
    if axis is None:
        y = t.reshape(-1).cumsum(0)
    else:
        y = t.cumsum(axis) if t.dim() else t * 1
    return _f.output(y, 'Cumsum', (x,))
