"""``chainer.functions.clipped_relu`` and ``relu6``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h

_LABEL = 'ClippedReLU'


def _clipped(x, z):
    if not isinstance(z, float):
        raise TypeError('z must be float value')
    assert z > 0
    t = _f.tensor(x)
    _h.check_float(_LABEL, t)
    # Chainer's gradient is gy * (0 < x) * (x < z) (0 at both kinks);
    # torch.clamp would pass the gradient at x == 0 and x == z.
    mask = (t > 0) & (t < z)
    y = _h.mask_grad(t, mask, torch.clamp(t.detach(), 0, z))
    return _f.output(y, _LABEL, (x,))


def clipped_relu(x, z=20.0):
    """Clipped Rectifier Unit: ``min(max(0, x), z)``.

    Args:
        x (Variable or ndarray): float input.
        z (float): clipping value (must be a Python float, > 0).
    Returns:
        Variable: same shape/dtype as ``x``.
    """
    return _clipped(x, z)


def relu6(x):
    """``min(max(0, x), 6)``."""
    return _clipped(x, 6.0)
