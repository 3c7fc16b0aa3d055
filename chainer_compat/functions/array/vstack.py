"""``chainer.functions.vstack``."""
from chainer_compat.functions.array import _stacks


def vstack(xs):
    """Chainer-compatible :func:`chainer.functions.vstack` (NumPy
    ``vstack``; inputs must share the dtype)."""
    return _stacks.stack_like(xs, 'v')
