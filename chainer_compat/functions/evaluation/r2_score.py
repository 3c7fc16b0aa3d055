"""``chainer.functions.r2_score``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def r2_score(pred, true, sample_weight=None, multioutput='uniform_average'):
    """Coefficient of determination R^2 along axis 0.

    ``multioutput``: ``'uniform_average'`` (mean over outputs, 0-dim) or
    ``'raw_values'``; ``sample_weight`` is not supported (NotImplementedError,
    as in Chainer).  Outputs with zero total variance score 0.
    """
    if sample_weight is not None:
        raise NotImplementedError()
    if multioutput not in ['uniform_average', 'raw_values']:
        raise ValueError('invalid multioutput argument')
    pt = _f.tensor(pred)
    tt = _f.tensor(true)

    def fn(in_types):
        pred_type, true_type = in_types
        type_check.expect(
            pred_type.dtype.kind == 'f',
            true_type.dtype.kind == 'f'
        )
        type_check.expect(
            pred_type.shape == true_type.shape,
        )
    _h.check('R2_score', (pt, tt), ('pred', 'true'), fn)
    with torch.no_grad():
        p = pt.detach()
        t = tt.detach()
        ss_res = ((p - t) ** 2).sum(dim=0)
        ss_tot = ((t - t.mean(dim=0)) ** 2).sum(dim=0)
        zero = ss_tot == 0
        ss_tot = torch.where(zero, torch.ones_like(ss_tot), ss_tot)
        ret = torch.where(zero, torch.zeros_like(ss_tot),
                          1 - ss_res / ss_tot).to(p.dtype)
        if multioutput == 'uniform_average':
            ret = ret.mean()
    return _f.output(ret, 'R2_score', (pred, true))
