"""``chainer.functions.tile``."""
import numbers

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def tile(x, reps):
    """Chainer-compatible :func:`chainer.functions.tile` (NumPy ``tile`` =
    torch ``Tensor.repeat`` with NumPy's rank promotion)."""
    if isinstance(reps, numbers.Integral) and not isinstance(reps, bool):
        reps = (int(reps),)
    elif isinstance(reps, tuple) and all(
            isinstance(r, numbers.Integral) for r in reps):
        reps = tuple(int(r) for r in reps)
    else:
        raise TypeError('reps must be int or tuple of ints.\n'
                        'Actual: {0}'.format(type(reps)))
    if not all(r >= 0 for r in reps):
        raise ValueError('All elements in reps must be zero or larger')
    t = _f.tensor(x)
    _util.check('Tile', (t,),
                lambda in_types: type_check.expect(in_types.size() == 1))
    nd = t.dim()
    if len(reps) < nd:
        reps = (1,) * (nd - len(reps)) + reps
    y = t.repeat(*reps) if reps else t.view_as(t)
    return _f.output(y, 'Tile', (x,))
