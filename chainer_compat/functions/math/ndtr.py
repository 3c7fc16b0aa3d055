"""``chainer.functions.ndtr``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.special.ndtr(t)


def ndtr(x):
    """Element-wise ndtr.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('ndtr', x, _unary._in_float(_fn), argname=False)
