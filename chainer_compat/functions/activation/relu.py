"""``chainer.functions.relu``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check


def relu(x):
    """Chainer-compatible :func:`chainer.functions.relu`: ``max(0, x)``.

    Args:
        x (Variable or ndarray): float16/32/64 input.
    Returns:
        Variable: same shape and dtype as ``x``.
    """
    t = _f.tensor(x)
    if not t.is_floating_point():
        type_check._check_float('ReLU', t, 'x')
    return _f.output(torch.relu(t), 'ReLU', (x,))
