"""``chainer.functions.elu``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h

_LABEL = 'ELU'


def elu(x, alpha=1.0):
    """Exponential Linear Unit: ``x`` if ``x > 0`` else ``alpha*(exp(x)-1)``.

    Args:
        x (Variable or ndarray): float input.
        alpha (float): the parameter alpha (default 1.0).
    Returns:
        Variable of the same shape/dtype.
    """
    alpha = float(alpha)
    t = _f.tensor(x)
    _h.check_float(_LABEL, t)
    y = torch.where(t > 0, t, torch.expm1(t) * alpha)
    return _f.output(y, _LABEL, (x,))
