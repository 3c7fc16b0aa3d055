"""``chainer.functions.softplus``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h

_LABEL = 'Softplus'


def softplus(x, beta=1.0):
    """``log(1 + exp(beta * x)) / beta``, computed as Chainer does
    (``(max(bx, 0) + log1p(exp(-|bx|))) / beta``; torch's threshold=20
    linear fallback is not used).  Gradient ``sigmoid(beta * x)``.
    """
    t = _f.tensor(x)
    _h.check_float(_LABEL, t)
    beta = float(beta)
    beta_inv = 1.0 / beta

    def fwd(v):
        bx = v * beta
        return (torch.clamp_min(bx, 0) +
                torch.log1p(torch.exp(-torch.abs(bx)))) * beta_inv

    def dfn(v):
        return torch.sigmoid(v * beta)

    return _f.output(_h.elementwise(t, fwd, dfn), _LABEL, (x,))
