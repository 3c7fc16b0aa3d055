"""``chainer.functions.flatten``."""
from chainer_compat.functions.array import reshape as _reshape


def flatten(x):
    """Chainer-compatible :func:`chainer.functions.flatten` (full ravel)."""
    return _reshape.reshape(x, (x.size,))
