"""``chainer.functions.ndtri``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.special.ndtri(t)


def ndtri(x):
    """Element-wise ndtri.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('ndtri', x, _unary._in_float(_fn), argname=False)
