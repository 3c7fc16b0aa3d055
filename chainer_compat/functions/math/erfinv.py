"""``chainer.functions.erfinv``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.erfinv(t)


def erfinv(x):
    """Element-wise erfinv.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('erfinv', x, _unary._in_float(_fn), argname=True)
