"""``chainer.functions.mean_squared_error``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check

_LABEL = 'MeanSquaredError'


def mean_squared_error(x0, x1):
    """Chainer-compatible :func:`chainer.functions.mean_squared_error`.

    Mean of squared differences over all elements; both inputs must have
    the same float dtype and shape.
    """
    a = _f.tensor(x0)
    b = _f.tensor(x1)
    type_check._check_float(_LABEL, a, 'x0')
    if a.dtype != b.dtype:
        type_check._fail(_LABEL, 'x0.dtype == x1.dtype', '{} != {}'.format(
            _f.numpy_dtype(a), _f.numpy_dtype(b)))
    if a.shape != b.shape:
        type_check._fail(_LABEL, 'x0.shape == x1.shape', '{} != {}'.format(
            tuple(a.shape), tuple(b.shape)))
    diff = (a - b).reshape(-1)
    # Chainer: diff.dot(diff) / diff.size
    y = torch.dot(diff, diff) / diff.numel()
    return _f.output(y.to(a.dtype), _LABEL, (x0, x1))
