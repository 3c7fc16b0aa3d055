"""``chainer.functions.layer_normalization``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def layer_normalization(x, gamma, beta, eps=1e-5):
    """Chainer-compatible :func:`chainer.functions.layer_normalization`:
    2-D input, statistics over axis 1 (biased variance)."""
    xt = _f.tensor(x)
    gt = _f.tensor(gamma)
    bt = _f.tensor(beta)

    def body(in_types):
        type_check.expect(in_types.size() == 3)
        x_type, gamma_type, beta_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f', x_type.ndim == 2,
            gamma_type.ndim == 1, beta_type.ndim == 1,
            gamma_type.dtype == x_type.dtype,
            beta_type.dtype == x_type.dtype,
            gamma_type.shape == beta_type.shape)
    _util.check('LayerNormalization', (xt, gt, bt), body)
    mu = xt.mean(dim=1, keepdim=True)
    x_mu = xt - mu
    var = (x_mu * x_mu).mean(dim=1, keepdim=True)
    inv_std = 1. / torch.sqrt(var + eps)
    y = x_mu * inv_std * gt[None] + bt[None]
    return _f.output(y, 'LayerNormalization', (x, gamma, beta))
