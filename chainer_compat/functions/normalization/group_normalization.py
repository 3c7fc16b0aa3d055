"""``chainer.functions.group_normalization``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def group_normalization(x, groups, gamma, beta, eps=1e-5):
    """Chainer-compatible :func:`chainer.functions.group_normalization`
    (statistics over each group of ``C // groups`` channels and all spatial
    positions; biased variance)."""
    if not isinstance(groups, int):
        raise TypeError('Argument: \'groups\' type must be (int).')
    xt = _f.tensor(x)
    gt = _f.tensor(gamma)
    bt = _f.tensor(beta)

    def body(in_types):
        type_check.expect(in_types.size() == 3)
        x_type, gamma_type, beta_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f', x_type.ndim >= 2,
            gamma_type.ndim == 1, beta_type.ndim == 1,
            gamma_type.dtype.kind == 'f',
            gamma_type.dtype == beta_type.dtype,
            x_type.shape[1] == gamma_type.shape[0],
            gamma_type.shape == beta_type.shape)
    _util.check('GroupNormalization', (xt, gt, bt), body)
    if xt.shape[1] % groups != 0:
        raise ValueError('The number of channels {} is not divisible by '
                         '\'groups\' argument {}.'.format(xt.shape[1], groups))
    dt = torch.promote_types(xt.dtype, gt.dtype)
    n, c = xt.shape[:2]
    xr = xt.to(dt).reshape(n * groups, -1)
    mean = xr.mean(dim=1, keepdim=True)
    xc = xr - mean
    var = (xc * xc).mean(dim=1, keepdim=True) + eps
    inv_std = torch.reciprocal(torch.sqrt(var))
    y = (xc * inv_std).reshape(n, c, -1)
    y = y * gt.to(dt)[:, None] + bt.to(dt)[:, None]
    y = y.reshape(xt.shape).to(xt.dtype)
    return _f.output(y, 'GroupNormalization', (x, gamma, beta))
