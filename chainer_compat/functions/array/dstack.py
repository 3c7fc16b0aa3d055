"""``chainer.functions.dstack``."""
from chainer_compat.functions.array import _stacks


def dstack(xs):
    """Chainer-compatible :func:`chainer.functions.dstack` (NumPy
    ``dstack``; inputs must share the dtype)."""
    return _stacks.stack_like(xs, 'd')
