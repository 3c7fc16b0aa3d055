"""``chainer.functions.flip``."""
import numbers

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def _flip(array, axis):
    """NumPy ``flip`` by slicing (kept for code that calls Chainer's private
    helper)."""
    indices = [slice(None)] * array.ndim
    indices[axis] = slice(None, None, -1)
    return array[tuple(indices)]


def flip(x, axis):
    """Chainer-compatible :func:`chainer.functions.flip` along ``axis``."""
    if not isinstance(axis, numbers.Integral):
        raise TypeError('axis must be int')
    t = _f.tensor(x)

    def body(in_types):
        x_type = in_types[0]
        type_check.expect(x_type.ndim > 0)
        if axis >= 0:
            type_check.expect(x_type.ndim > axis)
        else:
            type_check.expect(x_type.ndim >= -axis)
    _util.check('Flip', (t,), body, ('x',))
    return _f.output(t.flip(int(axis)), 'Flip', (x,))
