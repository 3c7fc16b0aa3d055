"""``chainer.functions.cross_covariance``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def cross_covariance(y, z, reduce='half_squared_sum'):
    """Cross-covariance ``C = (y - mean y)^T (z - mean z) / N``; the default
    reduction returns ``0.5 * sum(C ** 2)``."""
    if reduce not in ('half_squared_sum', 'no'):
        raise ValueError(
            'Only \'half_squared_sum\' and \'no\' are valid '
            'for \'reduce\', but \'%s\' is given' % reduce)
    yt = _f.tensor(y)
    zt = _f.tensor(z)

    def body(in_types):
        y_type, z_type = in_types
        type_check.expect(
            y_type.dtype.kind == 'f',
            y_type.dtype == z_type.dtype,
            y_type.ndim == 2,
            z_type.ndim == 2,
            y_type.shape[0] == z_type.shape[0]
        )
    _util.check('CrossCovariance', (yt, zt), body, names=('y', 'z'))
    yc = yt - yt.mean(dim=0, keepdim=True)
    zc = zt - zt.mean(dim=0, keepdim=True)
    cov = torch.matmul(yc.t(), zc) / len(yt)
    if reduce == 'half_squared_sum':
        out = torch.sum(cov * cov) * 0.5
    else:
        out = cov
    return _f.output(out, 'CrossCovariance', (y, z))
