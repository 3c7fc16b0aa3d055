"""``chainer.functions.erfcinv``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.special.ndtri(t * 0.5) * (-0.7071067811865476)


def erfcinv(x):
    """Element-wise erfcinv.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('erfcinv', x, _unary._in_float(_fn), argname=False)
