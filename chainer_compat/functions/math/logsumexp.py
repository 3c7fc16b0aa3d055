"""``chainer.functions.logsumexp``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h


def logsumexp(x, axis=None):
    """``log(sum(exp(x), axis))`` computed stably (max subtraction)."""
    axes = _h.normalize_axis(axis, 'LogSumExp')
    t = _f.tensor(x)
    _h.check_axes('LogSumExp', t, axes)
    dims = _h.dims(t, axes) if t.dim() else []
    if t.dim() == 0:
        return _f.output(t * 1, 'LogSumExp', (x,))
    m = torch.amax(t.detach(), dim=dims, keepdim=True)
    s = torch.exp(t - m).sum(dim=dims, keepdim=True)
    y = (torch.log(s) + m)
    y = y.squeeze(dim=tuple(dims)) if dims else y
    return _f.output(y, 'LogSumExp', (x,))
