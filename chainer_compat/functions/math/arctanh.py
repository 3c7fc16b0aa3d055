"""``chainer.functions.arctanh``."""
import torch

from chainer_compat.functions.math import _unary


def arctanh(x):
    """Element-wise inverse hyperbolic tangent function."""
    return _unary.apply('Arctanh', x, torch.atanh)
