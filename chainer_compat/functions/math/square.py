"""``chainer.functions.square``."""
import torch

from chainer_compat.functions.math import _unary


def square(x):
    """Element-wise square ``x * x``."""
    return _unary.apply('square', x, torch.square)
