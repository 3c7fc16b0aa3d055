"""``chainer.functions.separate``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def separate(x, axis=0):
    """Chainer-compatible :func:`chainer.functions.separate`: a tuple of
    the slices along ``axis`` (the axis is removed)."""
    t = _f.tensor(x)

    def body(in_types):
        x_type = in_types[0]
        if axis >= 0:
            type_check.expect(axis < x_type.ndim)
        else:
            type_check.expect(-axis <= x_type.ndim)
    _util.check('Separate', (t,), body, ('x',))
    if t.shape[axis] == 0:
        # Chainer splits with ``xp.split(x, x.shape[axis], axis)``
        raise ZeroDivisionError('integer modulo by zero')
    return _f.outputs(t.unbind(axis), 'Separate', (x,))
