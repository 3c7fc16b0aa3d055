"""``chainer.functions.decov``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def decov(h, reduce='half_squared_sum'):
    """DeCov loss (Cogswell et al. 2016): off-diagonal covariance of ``h``;
    the default reduction is ``0.5 * sum(C ** 2)``."""
    if reduce not in ('half_squared_sum', 'no'):
        raise ValueError(
            'only \'half_squared_sum\' and \'no\' are valid '
            'for \'reduce\', but \'%s\' is given' % reduce)
    ht = _f.tensor(h)

    def body(in_types):
        h_type, = in_types
        type_check.expect(
            h_type.dtype.kind == 'f',
            h_type.ndim == 2,
        )
    _util.check('DeCov', (ht,), body, names=('h',))
    hc = ht - ht.mean(dim=0, keepdim=True)
    cov = torch.matmul(hc.t(), hc)
    eye = torch.eye(cov.shape[0], dtype=torch.bool, device=cov.device)
    cov = cov.masked_fill(eye, 0) / len(ht)
    if reduce == 'half_squared_sum':
        out = torch.sum(cov * cov) * 0.5
    else:
        out = cov
    return _f.output(out, 'DeCov', (h,))
