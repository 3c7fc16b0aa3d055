"""``chainer.functions.normalize``."""
import numbers

import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def normalize(x, eps=1e-5, axis=1):
    """Chainer-compatible :func:`chainer.functions.normalize`:
    ``x / (||x||_2 + eps)`` along ``axis``.

    Where the norm is zero the gradient is ``gy / eps``, as Chainer
    computes it (a plain autograd of ``sqrt`` would give NaN there).
    """
    if isinstance(axis, numbers.Integral):
        axis = (int(axis),)
    xt = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        type_check.expect(in_types[0].dtype.kind == 'f')
    _util.check('NormalizeL2', (xt,), body)
    s = (xt * xt).sum(dim=tuple(axis), keepdim=True)
    pos = s > 0
    safe = torch.where(pos, s, torch.ones_like(s))
    norm = torch.where(pos, torch.sqrt(safe), torch.zeros_like(s))
    y = xt / (norm + eps)
    return _f.output(y, 'NormalizeL2', (x,))
