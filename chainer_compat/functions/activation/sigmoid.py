"""``chainer.functions.sigmoid``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def _sigmoid(t):
    # Chainer's CPU formula: tanh(x / 2) / 2 + 1/2.
    return torch.tanh(t * 0.5) * 0.5 + 0.5


def sigmoid(x):
    """Element-wise sigmoid ``1 / (1 + exp(-x))`` (Chainer's tanh form)."""
    t = _f.tensor(x)
    _h.check_float('Sigmoid', t, 'x')
    return _f.output(_sigmoid(t), 'Sigmoid', (x,))
