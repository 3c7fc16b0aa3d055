"""``chainer.functions.depth2space``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def _check(label, t):
    def body(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f',
                          in_types[0].ndim == 4)
    _util.check(label, (t,), body, ('x',))


def depth2space(X, r):
    """Chainer-compatible :func:`chainer.functions.depth2space`:
    ``(B, r*r*C, H, W) -> (B, C, r*H, r*W)``."""
    t = _f.tensor(X)
    _check('Depth2Space', t)
    b, c, h, w = t.shape
    if c % (r * r):
        raise ValueError('cannot reshape array of size {} into shape '
                         '{}'.format(t.numel(), (b, r, r, c // (r * r), h, w)))
    c //= r * r
    y = t.reshape(b, r, r, c, h, w).permute(0, 3, 4, 1, 5, 2)
    y = y.reshape(b, c, h * r, w * r)
    return _f.output(y, 'Depth2Space', (X,))
