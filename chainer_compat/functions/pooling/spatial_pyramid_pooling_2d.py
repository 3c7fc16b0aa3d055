"""``chainer.functions.spatial_pyramid_pooling_2d``."""
import math

from chainer_compat.functions.array import concat as _concat
from chainer_compat.functions.pooling import max_pooling_nd as _mp


def spatial_pyramid_pooling_2d(x, pyramid_height, pooling=None):
    """Chainer-compatible :func:`chainer.functions.spatial_pyramid_pooling_2d`
    (``pooling='max'`` is the only supported mode, as in Chainer)."""
    _, h, w = x.shape[1:]
    ys = []
    for level in range(pyramid_height):
        bins = int(2 ** level)
        kh = int(math.ceil(h / float(bins)))
        kw = int(math.ceil(w / float(bins)))
        pad = ((kh * bins - h) // 2, (kw * bins - w) // 2)
        if pooling != 'max':
            raise ValueError('Unsupported pooling operation: ', pooling)
        y = _mp.max_pooling_2d(x, ksize=(kh, kw), stride=None, pad=pad,
                               cover_all=True)
        n, c, yh, yw = y.shape
        ys.append(y.reshape((n, c * yh * yw, 1, 1)))
    return _concat.concat(ys)
