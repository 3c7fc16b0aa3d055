"""``chainer.functions.reshape``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def reshape(x, shape):
    """Chainer-compatible :func:`chainer.functions.reshape` (NumPy reshape).

    Returns ``x`` itself (as a Variable) when the shape is unchanged, as
    Chainer does.  At most one ``-1`` is allowed.
    """
    if x.shape == shape:
        return _util.as_variable(x)
    shape = tuple(shape)
    unknown = sum(1 for s in shape if s < 0)
    assert unknown <= 1
    t = _f.tensor(x)

    def body(in_types):
        x_type, = in_types
        if unknown == 0:
            type_check.expect(
                type_check.prod(x_type.shape) == type_check.prod(shape))
        else:
            known = 1
            for s in shape:
                if s > 0:
                    known *= s
            size_var = type_check.make_variable(
                known, 'known_size(=%d)' % known)
            type_check.expect(
                type_check.prod(x_type.shape) % size_var == 0)

    n = t.numel()
    known = 1
    for s in shape:
        if s >= 0:
            known *= s
    ok = (n == known) if unknown == 0 else (known != 0 and n % known == 0)
    if not ok:
        _util.force_check('Reshape', (t,), body, ('x',))
    return _f.output(t.reshape(shape), 'Reshape', (x,))
