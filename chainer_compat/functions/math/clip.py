"""``chainer.functions.clip``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def clip(x, x_min, x_max):
    """Clip elements into ``[x_min, x_max]`` (either bound may be None).

    The gradient passes where ``x_min <= x <= x_max`` (bounds included),
    as in Chainer.
    """
    if x_min is None and x_max is None:
        raise ValueError('must set either max or min')
    if (x_min is not None) and (x_max is not None) and (x_min >= x_max):
        raise ValueError('x_min must be less than x_max.')
    t = _f.tensor(x)
    _h.check_float('Clip', t)
    mask = torch.ones_like(t, dtype=torch.bool)
    if x_min is not None:
        mask = mask & (t >= x_min)
    if x_max is not None:
        mask = mask & (t <= x_max)
    with torch.no_grad():
        c = torch.clamp(t, x_min, x_max)
    y = torch.where(mask, t, c)
    return _f.output(y, 'Clip', (x,))
