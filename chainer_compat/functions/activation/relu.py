"""``chainer.functions.relu``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def relu(x):
    """Chainer-compatible :func:`chainer.functions.relu`: ``max(0, x)``.

    Args:
        x (Variable or ndarray): float16/32/64 input.
    Returns:
        Variable: same shape and dtype as ``x``.
    """
    t = _f.tensor(x)
    if not t.is_floating_point():
        _h.check_float('ReLU', t, 'x')
    # torch.relu: gradient 0 at x == 0 as Chainer's (y > 0) mask.  Its
    # second derivative w.r.t. x is zeros where Chainer gives None; a
    # torch.where formulation matching that costs 3 kernels per call, and
    # F.relu is the hottest function of legacy scripts (D-013).
    return _f.output(torch.relu(t), 'ReLU', (x,))
