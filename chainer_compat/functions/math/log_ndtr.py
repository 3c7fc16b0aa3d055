"""``chainer.functions.log_ndtr``."""
import torch

from chainer_compat.functions.math import _unary


def _fn(t):
    return torch.special.log_ndtr(t)


def log_ndtr(x):
    """Element-wise log_ndtr.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('log_ndtr', x, _unary._in_float(_fn), argname=False)
