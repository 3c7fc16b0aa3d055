"""``chainer.functions.floor``."""
import torch

from chainer_compat.functions.math import _helpers as _h


def floor(x):
    """Element-wise floor (not differentiable: as in Chainer the result is a
    new Variable with ``requires_grad=False``, unconnected to the graph).
    The result keeps ``x``'s dtype (ints/bools are cast back, as
    Chainer's ``force_array(..., x.dtype)``).
    """
    return _h.rounding(x, torch.floor)
