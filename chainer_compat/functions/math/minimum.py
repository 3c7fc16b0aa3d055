"""``chainer.functions.minimum``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math.maximum import _check


def minimum(x1, x2):
    """Element-wise minimum (broadcasting).  On ties the gradient goes to
    ``x1`` (Chainer: ``gx1 = gy * (x1 <= x2)``), not split as in torch."""
    a = _f.tensor(x1)
    b = _f.tensor(x2)
    _check('Minimum', a, b)
    return _f.output(torch.where(a <= b, a, b), 'Minimum', (x1, x2))
