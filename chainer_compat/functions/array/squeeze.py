"""``chainer.functions.squeeze``."""
import numbers

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def squeeze(x, axis=None):
    """Chainer-compatible :func:`chainer.functions.squeeze` (NumPy rules:
    squeezing an axis whose length is not 1 raises ValueError)."""
    if axis is None:
        axes = None
    elif isinstance(axis, numbers.Integral):
        axes = (int(axis),)
    elif isinstance(axis, tuple) and all(
            isinstance(a, numbers.Integral) for a in axis):
        axes = tuple(int(a) for a in axis)
    else:
        raise TypeError('axis must be None, int or tuple of ints')
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        x_type = in_types[0]
        if axes is not None:
            for a in axes:
                if a >= 0:
                    type_check.expect(a < x_type.ndim)
                else:
                    type_check.expect(-x_type.ndim <= a)
    _util.check('Squeeze', (t,), body)
    if axes is None:
        shape = [s for s in t.shape if s != 1]
    else:
        nd = t.dim()
        norm = set()
        for a in axes:
            if not -nd <= a < nd:
                raise ValueError('axis {} is out of bounds for array of '
                                 'dimension {}'.format(a, nd))
            a %= nd
            if a in norm:
                raise ValueError('repeated axis')
            if t.shape[a] != 1:
                raise ValueError('cannot select an axis to squeeze out which '
                                 'has size not equal to one')
            norm.add(a)
        shape = [s for i, s in enumerate(t.shape) if i not in norm]
    return _f.output(t.reshape(shape), 'Squeeze', (x,))
