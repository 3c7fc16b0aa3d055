"""``chainer.functions.crelu``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check

_LABEL = 'CReLU'


def crelu(x, axis=1):
    """Concatenated ReLU: ``concat(max(0, x), max(0, -x))`` along ``axis``.

    Args:
        x (Variable or ndarray): float input.
        axis (int): concatenation axis (default 1).
    Returns:
        Variable whose ``axis`` dimension is doubled.
    """
    if not isinstance(axis, int):
        raise TypeError('axis must be an integer value')
    t = _f.tensor(x)

    def fn(in_types):
        type_check.expect(
            in_types[0].dtype.kind == 'f',
            in_types[0].ndim > axis,
            in_types[0].ndim >= -axis,
        )
    _h.check(_LABEL, (t,), ('x',), fn)
    zero = torch.zeros((), dtype=t.dtype, device=t.device)
    # gradient: gy_former * (x > 0) - gy_latter * (x < 0), as Chainer.
    pos = torch.where(t > 0, t, zero)
    neg = torch.where(t < 0, -t, zero)
    return _f.output(torch.cat([pos, neg], dim=axis), _LABEL, (x,))
