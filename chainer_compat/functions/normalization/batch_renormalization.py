"""``chainer.functions.batch_renormalization`` and its fixed variant."""
import warnings

import torch

from chainer_compat import configuration
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.functions.normalization import batch_normalization as _bn
from chainer_compat.utils import type_check


def batch_renormalization(x, gamma, beta, rmax, dmax, eps=2e-5,
                          running_mean=None, running_var=None, decay=0.9,
                          update_statistics=False):
    """Chainer-compatible :func:`chainer.functions.batch_renormalization`.

    ``r`` and ``d`` are treated as constants in the gradient, as in
    Chainer; the running statistics are updated in place only with
    ``update_statistics=True``.
    """
    if running_mean is None:
        raise TypeError('running_mean is required')
    if running_var is None:
        raise TypeError('running_var is required')
    xt = _f.tensor(x)
    gt = _f.tensor(gamma)
    bt = _f.tensor(beta)

    def body(in_types):
        type_check.expect(in_types.size() == 3)
        x_type, gamma_type, beta_type = in_types
        M = type_check.eval(gamma_type.ndim)
        type_check.expect(
            x_type.dtype.kind == 'f', x_type.ndim >= gamma_type.ndim + 1,
            x_type.shape[1:1 + M] == gamma_type.shape,
            gamma_type.dtype.kind == 'f',
            gamma_type.dtype == beta_type.dtype,
            gamma_type.shape == beta_type.shape)
    _util.check('BatchRenormalizationFunction', (xt, gt, bt), body)
    assert configuration.config.train
    head = gt.dim() + 1
    ax = (0,) + tuple(range(head, xt.dim()))
    exp = [1] + list(gt.shape) + [1] * (xt.dim() - head)
    xi = xt.to(gt.dtype)
    mean = xi.mean(dim=ax)
    var = xi.var(dim=ax, unbiased=False)
    std = torch.sqrt(var + eps)
    rm = _f.tensor(running_mean)
    rv = _f.tensor(running_var)
    rsig = torch.sqrt(rv + eps).to(rm.dtype)
    with torch.no_grad():
        r = torch.clamp(std.detach() / rsig, 1.0 / rmax, rmax)
        d = torch.clamp((mean.detach() - rm) / rsig, -dmax, dmax)
    x_hat = (xi - mean.reshape(exp)) / std.reshape(exp)
    x_ren = x_hat * r.reshape(exp) + d.reshape(exp)
    y = (gt.reshape(exp) * x_ren + bt.reshape(exp)).to(xt.dtype)
    if update_statistics:
        m = xt.numel() // max(gt.numel(), 1)
        adjust = m / max(m - 1., 1.)
        _bn.update_running(running_mean, mean, decay)
        _bn.update_running(running_var, var, decay, (1 - decay) * adjust)
    return _f.output(y, 'BatchRenormalizationFunction', (x, gamma, beta))


def fixed_batch_renormalization(x, gamma, beta, mean, var, eps=2e-5):
    """Chainer-compatible :func:`chainer.functions.fixed_batch_renormalization`
    (deprecated alias of fixed_batch_normalization)."""
    warnings.warn('fixed_batch_renormalization is deprecated. '
                  'Use fixed_batch_normalization instead.',
                  DeprecationWarning)
    with configuration.using_config('train', False):
        return _bn.fixed_batch_normalization(x, gamma, beta, mean, var, eps)
