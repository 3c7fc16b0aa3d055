"""``chainer.functions.unpooling_2d``."""
from chainer_compat.functions.pooling import unpooling_nd as _unnd


def unpooling_2d(x, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.unpooling_2d` (inverse of
    pooling: each value is copied over its ``kh x kw`` window)."""
    if outsize is None:
        outsize = None
    return _unnd._unpool(x, 2, ksize, stride, pad, outsize, cover_all,
                         'Unpooling2D')
