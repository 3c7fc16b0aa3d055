"""``chainer.functions.rollaxis``."""
import numbers

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def rollaxis(x, axis, start=0):
    """Chainer-compatible :func:`chainer.functions.rollaxis` (NumPy)."""
    if not isinstance(axis, numbers.Integral):
        raise TypeError('axis must be int')
    if not isinstance(start, numbers.Integral):
        raise TypeError('start must be int')
    t = _f.tensor(x)

    def body(in_types):
        x_type = in_types[0]
        if axis >= 0:
            type_check.expect(x_type.ndim > axis)
        else:
            type_check.expect(x_type.ndim > -axis - 1)
        if start >= 0:
            type_check.expect(x_type.ndim >= start)
        else:
            type_check.expect(x_type.ndim > -start - 1)
    _util.check('Rollaxis', (t,), body, ('x',))
    nd = t.dim()
    a = axis % nd if nd else 0
    s = start + nd if start < 0 else start
    if not 0 <= s <= nd:
        raise ValueError("'start' arg requires {} <= start < {}".format(
            -nd, nd + 1))
    if a < s:
        s -= 1
    order = [i for i in range(nd) if i != a]
    order.insert(s, a)
    return _f.output(t.permute(*order), 'Rollaxis', (x,))
