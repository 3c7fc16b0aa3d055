"""``chainer.functions.mean_squared_error``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.loss import absolute_error as _ae

_LABEL = 'MeanSquaredError'


def mean_squared_error(x0, x1):
    """Chainer-compatible :func:`chainer.functions.mean_squared_error`.

    Mean of squared differences over all elements; both inputs must have
    the same float dtype and shape.
    """
    a = _f.tensor(x0)
    b = _f.tensor(x1)
    _ae._check_pair(_LABEL, a, b)
    diff = (a - b).reshape(-1)
    if diff.dtype == torch.float16 and not diff.is_cuda:
        y = torch.dot(diff.float(), diff.float()).to(diff.dtype)
    else:
        # Chainer: diff.dot(diff) / diff.size
        y = torch.dot(diff, diff)
    y = y / diff.numel()
    return _f.output(y.to(a.dtype), _LABEL, (x0, x1))
