"""``chainer.functions.hinge``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def hinge(x, t, norm='L1', reduce='mean'):
    """Hinge loss ``max(0, 1 - s_i x_i)`` (s = +1 at the label, -1
    elsewhere), 'L1' or 'L2' (squared); 'mean' divides by the batch size."""
    if norm not in ['L1', 'L2']:
        raise NotImplementedError('norm should be either \'L1\' or \'L2\'')
    if reduce not in ['mean', 'no']:
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but '
            '\'%s\' is given' % reduce)
    xt = _f.tensor(x)
    tt = _f.tensor(t)

    def body(in_types):
        x_type, t_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            t_type.dtype.kind == 'i',
            x_type.ndim == 2,
            t_type.ndim == 1,
            x_type.shape[0] == t_type.shape[0],
        )
    _util.check('Hinge', (xt, tt), body, names=('x', 't'))
    num = len(xt)
    sign = torch.ones_like(xt)
    sign[torch.arange(num, device=xt.device), tt.long()] = -1
    bottom = torch.relu(1 + xt * sign)
    loss = bottom if norm == 'L1' else bottom ** 2
    if reduce == 'mean':
        loss = loss.sum() / num
    return _f.output(loss.to(xt.dtype), 'Hinge', (x, t))
