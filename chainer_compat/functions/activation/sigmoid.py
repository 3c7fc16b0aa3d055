"""``chainer.functions.sigmoid``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check


def sigmoid(x):
    """Chainer-compatible :func:`chainer.functions.sigmoid`."""
    t = _f.tensor(x)
    type_check._check_float('Sigmoid', t, 'x')
    return _f.output(torch.sigmoid(t), 'Sigmoid', (x,))
