"""``chainer.functions.hard_sigmoid``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h

_LABEL = 'HardSigmoid'


def hard_sigmoid(x):
    """Hard sigmoid: ``clip(0.2 * x + 0.5, 0, 1)`` (torch's differs).

    The gradient is ``0.2 * gy`` where ``-2.5 < x < 2.5`` and 0 elsewhere.
    """
    t = _f.tensor(x)
    _h.check_float(_LABEL, t)
    lin = t * 0.2 + 0.5
    mask = (t > -2.5) & (t < 2.5)
    y = torch.where(mask, lin, torch.clamp(lin.detach(), 0.0, 1.0))
    return _f.output(y, _LABEL, (x,))
