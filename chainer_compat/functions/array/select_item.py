"""``chainer.functions.select_item``."""
import torch

from chainer_compat import is_debug
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def select_item(x, t):
    """Chainer-compatible :func:`chainer.functions.select_item`:
    ``y[i] = x[i, t[i]]``."""
    xt = _f.tensor(x)
    tt = _f.tensor(t)

    def body(in_types):
        x_type, t_type = in_types
        type_check.expect(t_type.dtype.kind == 'i', x_type.ndim == 2,
                          t_type.ndim == 1,
                          x_type.shape[0] == t_type.shape[0])
    _util.check('SelectItem', (xt, tt), body, ('x', 't'))
    if is_debug():
        if not bool(((tt >= 0) & (tt < xt.shape[1])).all()):
            raise ValueError(
                'Each label `t` need to satisfty `0 <= t < x.shape[1]`')
    rows = torch.arange(tt.shape[0], device=xt.device)
    return _f.output(xt[rows, tt.to(torch.int64)], 'SelectItem', (x, t))
