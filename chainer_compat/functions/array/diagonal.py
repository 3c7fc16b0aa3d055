"""``chainer.functions.diagonal``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def diagonal(x, offset=0, axis1=0, axis2=1):
    """Chainer-compatible :func:`chainer.functions.diagonal` (NumPy
    ``diagonal``: the diagonal axis is appended last)."""
    t = _f.tensor(x)

    def body(in_types):
        in_type = in_types[0]
        type_check.expect(max(axis1, axis2) < in_type.ndim)
        type_check.expect(-in_type.ndim <= min(axis1, axis2))
    _util.check('Diagonal', (t,), body, ('x',))
    nd = t.dim()
    if axis1 % nd == axis2 % nd:
        raise ValueError('axis1 and axis2 cannot be the same')
    y = t.diagonal(offset=offset, dim1=axis1, dim2=axis2)
    return _f.output(y, 'Diagonal', (x,))
