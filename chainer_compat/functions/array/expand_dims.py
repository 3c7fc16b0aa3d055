"""``chainer.functions.expand_dims``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def expand_dims(x, axis):
    """Chainer-compatible :func:`chainer.functions.expand_dims`."""
    axis = int(axis)
    t = _f.tensor(x)

    def body(in_types):
        x_type, = in_types
        if axis >= 0:
            type_check.expect(x_type.ndim >= axis)
        else:
            type_check.expect(x_type.ndim >= -axis - 1)
    _util.check('ExpandDims', (t,), body, ('x',))
    nd = t.dim()
    if not -nd - 1 <= axis <= nd:
        raise ValueError('axis {} is out of bounds for array of dimension '
                         '{}'.format(axis, nd + 1))
    return _f.output(t.unsqueeze(axis), 'ExpandDims', (x,))
