"""``chainer.functions.scale``."""
from chainer_compat.functions.math import _helpers as _h


def scale(x, y, axis=1):
    """Elementwise product ``x * y`` with ``y`` broadcast from ``axis``.

    ``y.shape`` must equal ``x.shape[axis:axis + y.ndim]``.
    """
    return _h.axis_broadcast_op(x, y, axis, '_ * _', lambda a, b: a * b)
