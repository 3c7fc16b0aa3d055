"""``chainer.functions.lgamma``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.lgamma(t)


def lgamma(x):
    """Element-wise lgamma.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('lgamma', x, _unary._in_float(_fn), argname=True)
