"""``chainer.functions.sqrt`` and ``rsqrt``."""
import torch

from chainer_compat.functions.math import _unary


def sqrt(x):
    """Element-wise square root."""
    return _unary.apply('sqrt', x, torch.sqrt)


def rsqrt(x):
    """Element-wise reciprocal square root ``1.0 / sqrt(x)`` (on CPU Chainer
    builds it from two nodes, ``sqrt`` and ``1.0 / _``)."""
    return 1.0 / sqrt(x)
