"""``chainer.functions.hstack``."""
from chainer_compat.functions.array import _stacks


def hstack(xs):
    """Chainer-compatible :func:`chainer.functions.hstack` (NumPy
    ``hstack``; inputs must share the dtype)."""
    return _stacks.stack_like(xs, 'h')
