"""``chainer.functions.erfc``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.erfc(t)


def erfc(x):
    """Element-wise erfc.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('erfc', x, _unary._in_float(_fn), argname=True)
