"""``chainer.functions.moveaxis``."""
import numbers

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def moveaxis(x, source, destination):
    """Chainer-compatible :func:`chainer.functions.moveaxis` (float only, as
    Chainer checks)."""
    src = (source,) if isinstance(source, int) else source
    dst = (destination,) if isinstance(destination, int) else destination
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f')
        for axes in (src, dst):
            if axes is None:
                continue
            for axis in axes:
                if axis >= 0:
                    type_check.expect(axis < in_types[0].ndim)
                else:
                    type_check.expect(-axis - 1 < in_types[0].ndim)
    _util.check('Moveaxis', (t,), body, ('x',))
    src = tuple(src)
    dst = tuple(dst)
    if not all(isinstance(a, numbers.Integral) for a in src + dst):
        raise TypeError('int or tuple of int are required.')
    if len(src) != len(dst):
        raise ValueError('`source` and `destination` arguments must have '
                         'the same number of elements')
    nd = t.dim()
    for axes, name in ((src, 'source'), (dst, 'destination')):
        norm = [a % nd for a in axes]
        if len(set(norm)) != len(norm):
            raise ValueError('repeated axis in `{}` argument'.format(name))
    return _f.output(t.movedim(src, dst), 'Moveaxis', (x,))
