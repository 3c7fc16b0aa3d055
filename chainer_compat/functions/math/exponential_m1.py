"""``chainer.functions.expm1``."""
import torch

from chainer_compat.functions.math import _unary


def expm1(x):
    """Element-wise ``exp(x) - 1``."""
    return _unary.apply('expm1', x, torch.expm1)
