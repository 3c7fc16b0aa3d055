"""``chainer.functions.digamma``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.digamma(t)


def digamma(x):
    """Element-wise digamma.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('digamma', x, _unary._in_float(_fn), argname=True)
