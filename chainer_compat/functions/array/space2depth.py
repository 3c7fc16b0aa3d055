"""``chainer.functions.space2depth``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import depth2space as _d2s


def space2depth(X, r):
    """Chainer-compatible :func:`chainer.functions.space2depth`:
    ``(B, C, r*H, r*W) -> (B, r*r*C, H, W)``."""
    t = _f.tensor(X)
    _d2s._check('Space2Depth', t)
    b, c, h, w = t.shape
    if h % r or w % r:
        raise ValueError('cannot reshape array of size {} into shape '
                         '{}'.format(t.numel(),
                                     (b, c, h // r, r, w // r, r)))
    y = t.reshape(b, c, h // r, r, w // r, r).permute(0, 3, 5, 1, 2, 4)
    y = y.reshape(b, r * r * c, h // r, w // r)
    return _f.output(y, 'Space2Depth', (X,))
