"""``chainer.functions.cosh`` and ``sinh``."""
import torch

from chainer_compat.functions.math import _unary


def cosh(x):
    """Element-wise hyperbolic cosine function."""
    return _unary.apply('cosh', x, torch.cosh)


def sinh(x):
    """Element-wise hyperbolic sine function."""
    return _unary.apply('sinh', x, torch.sinh)
