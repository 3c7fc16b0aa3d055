"""``chainer.functions.fliplr``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def fliplr(a):
    """Chainer-compatible :func:`chainer.functions.fliplr` (axis 1)."""
    t = _f.tensor(a)

    def body(in_types):
        a_type = in_types[0]
        type_check.expect(a_type.dtype.kind == 'f', a_type.ndim >= 2)
    _util.check('FlipLR', (t,), body, ('a',))
    return _f.output(t.flip(1), 'FlipLR', (a,))
