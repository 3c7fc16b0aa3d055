"""``chainer.functions.softmax``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.activation.log_softmax import _check_axis
from chainer_compat.functions.activation.log_softmax import _no_empty_max

_LABEL = 'Softmax'


def softmax(x, axis=1):
    """Softmax along ``axis`` (default 1, torch needs an explicit dim)."""
    t = _f.tensor(x)
    _check_axis(_LABEL, t, axis)
    _no_empty_max(t, axis)
    # torch's fused kernel: max-subtracted exp / sum as Chainer computes
    # it (same bit-exactness vs numpy as the unfused form, 1 kernel)
    return _f.output(torch.softmax(t, axis), _LABEL, (x,))
