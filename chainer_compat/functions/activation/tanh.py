"""``chainer.functions.tanh``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check


def tanh(x):
    """Chainer-compatible :func:`chainer.functions.tanh`."""
    t = _f.tensor(x)
    type_check._check_float('Tanh', t, 'x')
    return _f.output(torch.tanh(t), 'Tanh', (x,))
