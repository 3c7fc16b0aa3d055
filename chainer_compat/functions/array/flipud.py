"""``chainer.functions.flipud``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def flipud(a):
    """Chainer-compatible :func:`chainer.functions.flipud` (axis 0)."""
    t = _f.tensor(a)

    def body(in_types):
        a_type = in_types[0]
        type_check.expect(a_type.dtype.kind == 'f', a_type.ndim >= 1)
    _util.check('FlipUD', (t,), body, ('a',))
    return _f.output(t.flip(0), 'FlipUD', (a,))
