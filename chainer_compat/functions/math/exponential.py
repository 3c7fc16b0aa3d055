"""``chainer.functions.exp``, ``log``, ``log2``, ``log10``."""
import torch

from chainer_compat.functions.math import _unary


def exp(x):
    """Element-wise exponential function."""
    return _unary.apply('exp', x, torch.exp, argname=False)


def log(x):
    """Element-wise natural logarithm function."""
    return _unary.apply('log', x, torch.log)


def log2(x):
    """Element-wise logarithm function to the base 2."""
    return _unary.apply('log2', x, torch.log2)


def log10(x):
    """Element-wise logarithm function to the base 10."""
    return _unary.apply('log10', x, torch.log10)
