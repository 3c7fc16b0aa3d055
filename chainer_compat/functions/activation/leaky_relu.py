"""``chainer.functions.leaky_relu``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h

_LABEL = 'LeakyReLU'


def leaky_relu(x, slope=0.2):
    """Leaky ReLU: ``x`` if ``x > 0`` else ``slope * x`` (default 0.2).

    Args:
        x (Variable or ndarray): float input.
        slope (float): slope for non-positive inputs (torch default is 0.01).
    """
    t = _f.tensor(x)
    _h.check_float(_LABEL, t)
    y = torch.where(t > 0, t, t * slope)
    return _f.output(y, _LABEL, (x,))
