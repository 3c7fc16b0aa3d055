"""``chainer.functions.space2depth``."""
import functools
import operator

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import depth2space as _d2s


def _np_shape(size, shape):
    """The shape ``numpy.reshape(a, shape)`` gives an array of ``size``
    elements, or numpy's ValueError (every negative entry is an unknown
    dimension, as in numpy)."""
    unknown = [i for i, d in enumerate(shape) if d < 0]
    if len(unknown) > 1:
        raise ValueError('can only specify one unknown dimension')
    known = functools.reduce(operator.mul,
                             (d for d in shape if d >= 0), 1)
    if unknown:
        if known == 0 or size % known:
            raise ValueError('cannot reshape array of size {} into shape {}'
                             .format(size, tuple(shape)))
        shape = list(shape)
        shape[unknown[0]] = size // known
        return tuple(shape)
    if known != size:
        raise ValueError('cannot reshape array of size {} into shape {}'
                         .format(size, tuple(shape)))
    return tuple(shape)


def space2depth(X, r):
    """Chainer-compatible :func:`chainer.functions.space2depth`:
    ``(B, C, r*H, r*W) -> (B, r*r*C, H, W)``."""
    t = _f.tensor(X)
    _d2s._check('Space2Depth', t)
    b, c, h, w = t.shape
    # Chainer's two numpy reshapes; the shapes are resolved here so that a
    # 0-size input keeps its zero/unknown dimensions as numpy gives them.
    s1 = _np_shape(t.numel(), (b, c, h // r, r, w // r, r))
    y = t.reshape(s1).permute(0, 3, 5, 1, 2, 4)
    s2 = _np_shape(y.numel(), (b, r ** 2 * c, h // r, w // r))
    y = y.reshape(s2)
    return _f.output(y, 'Space2Depth', (X,))
