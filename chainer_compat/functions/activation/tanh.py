"""``chainer.functions.tanh``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def tanh(x):
    """Chainer-compatible :func:`chainer.functions.tanh`."""
    t = _f.tensor(x)
    _h.check_float('Tanh', t, 'x')
    return _f.output(torch.tanh(t), 'Tanh', (x,))
