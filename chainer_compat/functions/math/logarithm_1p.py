"""``chainer.functions.log1p``."""
import torch

from chainer_compat.functions.math import _unary


def log1p(x):
    """Element-wise ``log(1 + x)``."""
    return _unary.apply('log1p', x, torch.log1p)
