"""``chainer.functions.erf``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.erf(t)


def erf(x):
    """Element-wise erf.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('erf', x, _unary._in_float(_fn), argname=True)
