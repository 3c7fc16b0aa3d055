"""``chainer.functions.erfcx``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.special.erfcx(t)


def erfcx(x):
    """Element-wise erfcx.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('erfcx', x, _unary._in_float(_fn), argname=False)
