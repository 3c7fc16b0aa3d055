"""``chainer.functions.batch_normalization`` and its fixed variant."""
import collections.abc
import numbers
import warnings

import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import argument
from chainer_compat.utils import type_check


def _norm_axis(axis):
    if isinstance(axis, collections.abc.Sequence):
        for i in range(1, len(axis)):
            if axis[i - 1] >= axis[i]:
                raise RuntimeError(
                    'numbers in axis must be sorted in ascending order')
        return tuple(axis)
    if isinstance(axis, numbers.Integral):
        return (int(axis),)
    if axis is not None:
        raise RuntimeError('axis must be int, tuple of int or None')
    return None


def _compute_axis(x_ndim, gamma_ndim, axis):
    if axis is not None:
        return axis
    return (0,) + tuple(range(gamma_ndim + 1, x_ndim))


def _key_axis(x_ndim, gamma_ndim, axis):
    axis = _compute_axis(x_ndim, gamma_ndim, axis)
    return tuple(i for i in range(x_ndim) if i not in axis)


def _check_axes(x_type, gamma_type, axis):
    xn = type_check.eval(x_type.ndim)
    gn = type_check.eval(gamma_type.ndim)
    ax = _compute_axis(xn, gn, axis)
    type_check.expect(x_type.ndim >= len(ax))
    key = _key_axis(xn, gn, ax)
    type_check.expect(gamma_type.ndim == len(key))
    for i in range(len(key)):
        type_check.expect(x_type.shape[key[i]] == gamma_type.shape[i])


def _expander_shape(x_shape, key):
    return [s if i in key else 1 for i, s in enumerate(x_shape)]


def _interm(xt, gt):
    return torch.promote_types(xt.dtype, gt.dtype)


def update_running(running, stat, decay, coef=None):
    """In place, as Chainer: ``running *= decay; running += (1-decay)*stat``
    (``coef`` replaces ``1 - decay`` when given).  ``running`` may be an
    ndarray view of a torch buffer; the tensor is updated zero-copy."""
    rt = _f.tensor(running)
    with torch.no_grad():
        c = (1 - decay) if coef is None else coef
        rt.mul_(decay)
        rt.add_((c * stat.detach()).to(rt.dtype))


def batch_normalization(x, gamma, beta, **kwargs):
    """Chainer-compatible :func:`chainer.functions.batch_normalization`.

    Keyword arguments ``eps=2e-5``, ``running_mean``, ``running_var``,
    ``decay=0.9``, ``axis``.  Batch statistics use the biased variance;
    the running statistics (arrays) are updated in place with Chainer's
    rule ``avg = decay * avg + (1 - decay) * stat`` and the unbiased factor
    ``m / max(m - 1, 1)`` for the variance (torch's momentum is
    ``1 - decay``).
    """
    eps, running_mean, running_var, decay, axis = argument.parse_kwargs(
        kwargs, ('eps', 2e-5), ('running_mean', None),
        ('running_var', None), ('decay', 0.9), ('axis', None),
        train='train argument is not supported anymore. '
        'Use chainer.using_config')
    axis = _norm_axis(axis)
    xt = _f.tensor(x)
    gt = _f.tensor(gamma)
    bt = _f.tensor(beta)

    def body(in_types):
        type_check.expect(in_types.size() == 3)
        x_type, gamma_type, beta_type = in_types
        type_check.expect(x_type.dtype.kind == 'f',
                          gamma_type.dtype.kind == 'f',
                          gamma_type.dtype == beta_type.dtype,
                          gamma_type.shape == beta_type.shape)
        _check_axes(x_type, gamma_type, axis)
    _util.check('BatchNormalization', (xt, gt, bt), body)
    ax = _compute_axis(xt.dim(), gt.dim(), axis)
    key = _key_axis(xt.dim(), gt.dim(), ax)
    if all(xt.shape[i] == 1 for i in ax):
        if 0 in ax:
            warnings.warn(
                'A batch with no more than one sample has been given'
                ' to F.batch_normalization. F.batch_normalization'
                ' will always output a zero tensor for such batches.'
                ' This could be caused by incorrect configuration in'
                ' your code (such as running evaluation while'
                ' chainer.config.train=True),'
                ' but could also happen in the last batch of training'
                ' if non-repeating iterator is used.', UserWarning)
        else:
            warnings.warn(
                'F.batch_normalization received a batch with single'
                ' dimensions along all axes that are used for aggregating'
                ' statistics. F.batch_normalization'
                ' will always output a zero tensor for such batches.',
                UserWarning)
    dt = _interm(xt, gt)
    exp = _expander_shape(xt.shape, key)
    xi = xt.to(dt)
    mean = xi.mean(dim=ax)
    var = xi.var(dim=ax, unbiased=False)
    inv_std = torch.reciprocal(torch.sqrt(var + eps))
    x_hat = (xi - mean.reshape(exp)) * inv_std.reshape(exp)
    y = x_hat * gt.to(dt).reshape(exp) + bt.to(dt).reshape(exp)
    y = y.to(xt.dtype)
    if running_mean is not None:
        m = xt.numel() // max(gt.numel(), 1)
        adjust = m / max(m - 1., 1.)
        update_running(running_mean, mean, decay)
        update_running(running_var, var, decay, (1 - decay) * adjust)
    return _f.output(y, 'BatchNormalization', (x, gamma, beta))


def fixed_batch_normalization(x, gamma, beta, mean, var, eps=2e-5, axis=None):
    """Chainer-compatible :func:`chainer.functions.fixed_batch_normalization`
    (normalizes with the given ``mean``/``var``; all five inputs get
    gradients)."""
    axis = _norm_axis(axis)
    xt = _f.tensor(x)
    gt = _f.tensor(gamma)
    bt = _f.tensor(beta)
    mt = _f.tensor(mean)
    vt = _f.tensor(var)

    def body(in_types):
        type_check.expect(in_types.size() == 5)
        x_type, gamma_type, beta_type, mean_type, var_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f', gamma_type.dtype.kind == 'f',
            beta_type.dtype == gamma_type.dtype,
            mean_type.dtype == gamma_type.dtype,
            var_type.dtype == gamma_type.dtype,
            beta_type.shape == gamma_type.shape,
            mean_type.shape == gamma_type.shape,
            var_type.shape == gamma_type.shape)
        _check_axes(x_type, gamma_type, axis)
    _util.check('FixedBatchNormalization', (xt, gt, bt, mt, vt), body)
    ax = _compute_axis(xt.dim(), gt.dim(), axis)
    key = _key_axis(xt.dim(), gt.dim(), ax)
    exp = _expander_shape(xt.shape, key)
    inv_std = torch.sqrt(torch.reciprocal(vt + eps))
    dt = _interm(xt, gt)
    x_hat = (xt.to(dt) - mt.reshape(exp).to(dt)) * inv_std.reshape(exp).to(dt)
    y = x_hat * gt.reshape(exp).to(dt) + bt.reshape(exp).to(dt)
    y = y.to(xt.dtype)
    return _f.output(y, 'FixedBatchNormalization',
                     (x, gamma, beta, mean, var))

