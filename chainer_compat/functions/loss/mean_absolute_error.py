"""``chainer.functions.mean_absolute_error``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.loss import absolute_error as _ae


def mean_absolute_error(x0, x1):
    """Mean of ``|x0 - x1|`` over all elements (float16 summed in
    float32, as Chainer does)."""
    a = _f.tensor(x0)
    b = _f.tensor(x1)
    _ae._check_pair('MeanAbsoluteError', a, b)
    d = (a - b).reshape(-1)
    rd = torch.float32 if d.dtype == torch.float16 else d.dtype
    dd = d.to(rd)
    y = ((dd * torch.sign(dd).detach()).sum() / d.numel()).to(a.dtype)
    return _f.output(y, 'MeanAbsoluteError', (x0, x1))
