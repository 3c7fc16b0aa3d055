"""``chainer.functions.bias``."""
from chainer_compat.functions.math import _helpers as _h


def bias(x, y, axis=1):
    """Elementwise sum ``x + y`` with ``y`` broadcast from ``axis``.

    ``y.shape`` must equal ``x.shape[axis:axis + y.ndim]``.
    """
    return _h.axis_broadcast_op(x, y, axis, '_ + _', lambda a, b: a + b)
