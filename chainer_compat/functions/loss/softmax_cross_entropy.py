"""``chainer.functions.softmax_cross_entropy``."""
import torch

import chainer_compat
from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check

_LABEL = 'SoftmaxCrossEntropy'


def _reduction_dtype(dtype):
    # Chainer: float16 inputs are reduced in float32.
    return torch.float32 if dtype == torch.float16 else dtype


def _check_class_weight_option(class_weight):
    if class_weight is not None:
        if class_weight.ndim != 1:
            raise ValueError('class_weight.ndim should be 1')
        if class_weight.dtype.kind != 'f':
            raise ValueError('The dtype of class_weight should be \'f\'')
        if _f.is_variable(class_weight):
            raise ValueError('class_weight should be a numpy.ndarray or '
                             'cupy.ndarray, not a chainer.Variable')


def _check_reduce_option(reduce):
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but \'%s\' is '
            'given' % reduce)


def _check_input_values(xt, tt, ignore_label):
    valid = ((tt >= 0) & (tt < xt.shape[1])) | (tt == ignore_label)
    if not bool(valid.all()):
        raise ValueError(
            'Each label `t` need to satisfy '
            '`0 <= t < x.shape[1] or t == %d`' % ignore_label)


def _check_types(xt, tt):
    def body(in_types):
        x_type, t_type = in_types
        if t_type.dtype.kind == 'i':
            type_check.expect(
                x_type.dtype.kind == 'f',
                t_type.dtype.kind == 'i',
                t_type.ndim == x_type.ndim - 1,
                x_type.shape[0] == t_type.shape[0],
                x_type.shape[2:] == t_type.shape[1:],
            )
        else:
            type_check.expect(
                x_type.dtype.kind == 'f',
                t_type.dtype.kind == 'f',
                x_type.shape == t_type.shape,
            )
    _util.check(_LABEL, (xt, tt), body, names=('x', 't'))


def _cw_tensor(class_weight, xt):
    cw = _f.tensor(class_weight).to(device=xt.device)
    shape = [1 if d != 1 else -1 for d in range(xt.dim())]
    return cw.reshape(shape)


def softmax_cross_entropy(
        x, t, normalize=True, cache_score=True, class_weight=None,
        ignore_label=-1, reduce='mean', enable_double_backprop=False,
        soft_target_loss='cross-entropy'):
    """Chainer-compatible :func:`chainer.functions.softmax_cross_entropy`.

    Chainer's reduction, not torch's: with ``normalize=True`` the summed
    loss is divided by the number of non-ignored labels (also when
    ``class_weight`` is given); with ``normalize=False`` by the batch size.
    ``reduce='no'`` returns per-element losses, zero where ignored.  A float
    ``t`` shaped like ``x`` is a soft target ('cross-entropy' or
    'kl-divergence'); its gradient is Chainer's ``softmax(x) - t``.
    """
    if soft_target_loss not in ('cross-entropy', 'kl-divergence'):
        raise ValueError('soft_target_loss must be \'cross-entropy\' or '
                         '\'kl-divergence\'.')
    _check_class_weight_option(class_weight)
    _check_reduce_option(reduce)
    xt = _f.tensor(x)
    tt = _f.tensor(t)
    if tt.requires_grad:
        tt = tt.detach()
    if not enable_double_backprop:
        if class_weight is None and reduce == 'mean' and \
                _fast_types_ok(xt, tt) and not chainer_compat.is_debug():
            out = _fast_mean(x, t, xt, tt, normalize, ignore_label,
                             cache_score)
            if out is not None:
                return out
        _check_types(xt, tt)
        soft = xt.dim() == tt.dim() and tuple(xt.shape) == tuple(tt.shape)
        if soft:
            y, log_y_raw = _soft_target_loss(xt, tt, soft_target_loss,
                                             reduce)
            return _cache(_f.output(y, _LABEL, (x, t)), log_y_raw,
                          cache_score)
    elif tt.is_floating_point():
        # Chainer's double-backprop path feeds t to F.select_item
        def body(in_types):
            x_type, t_type = in_types
            type_check.expect(t_type.dtype.kind == 'i')
        _util.check('SelectItem', (xt, tt), body, names=('x', 't'))
    if chainer_compat.is_debug():
        _check_input_values(xt, tt, ignore_label)
    log_y = log_y_raw = torch.log_softmax(xt, dim=1)
    if class_weight is not None:
        log_y = log_y * _cw_tensor(class_weight, xt).to(log_y.dtype)
    t_valid = tt != ignore_label
    # ignored positions read class 0 and are multiplied by 0 afterwards
    tidx = (tt.long() * t_valid).clamp(0, max(xt.shape[1] - 1, 0))
    log_p = log_y.gather(1, tidx.unsqueeze(1)).squeeze(1)
    log_p = log_p * t_valid.to(log_p.dtype)
    if reduce != 'mean':
        return _cache(_f.output(-log_p, _LABEL, (x, t)), log_y_raw,
                      cache_score)
    rdtype = _reduction_dtype(xt.dtype)
    if normalize:
        count = int(t_valid.sum())
    else:
        count = len(xt)
    if enable_double_backprop:
        count = max(count, 1.)
        y = (-log_p.to(rdtype) / count).sum().to(xt.dtype)
        return _f.output(y, 'Sum', (x, t))
    coeff = 1.0 / max(count, 1)
    y = log_p.sum(dtype=rdtype) * (-coeff)
    y = y.to(xt.dtype).reshape(())
    return _cache(_f.output(y, _LABEL, (x, t)), log_y_raw, cache_score)


def _cache(out, log_y, cache_score):
    # Chainer's SoftmaxCrossEntropy node keeps softmax(x) as ``.y`` when
    # cache_score=True (tests inspect ``loss.creator.y``); computed when the
    # node facade is first built (``loss.creator``), not on every call.
    call = out._call
    if call is not None:
        if cache_score:
            call.attrs = {'y': lambda: _f.array_of(torch.exp(log_y.detach()))}
        else:
            call.attrs = {'y': lambda: None}
    return out


def _fast_types_ok(xt, tt):
    # the checks of _check_types for integer labels, without expressions
    return (not tt.is_floating_point() and tt.dtype != torch.bool
            and xt.is_floating_point() and tt.dim() == xt.dim() - 1
            and xt.shape[0] == tt.shape[0] and xt.shape[2:] == tt.shape[1:])


def _fast_mean(x, t, xt, tt, normalize, ignore_label, cache_score):
    """The common case (no ignored label, labels in range, no class weights,
    reduce='mean'): fewer torch ops, the same values as the general path.
    Returns None when the general path must decide."""
    n = tt.numel()
    if n == 0 or xt.shape[1] == 0:
        return None
    if bool((tt == ignore_label).any()):
        return None
    log_y = torch.log_softmax(xt, dim=1)
    try:
        log_p = log_y.gather(1, tt.long().unsqueeze(1))
    except RuntimeError:  # labels out of range: the general path decides
        return None
    rdtype = _reduction_dtype(xt.dtype)
    coeff = 1.0 / (n if normalize else len(xt))
    y = log_p.sum(dtype=rdtype) * (-coeff)
    if y.dtype != xt.dtype:
        y = y.to(xt.dtype)
    return _cache(_f.output(y, _LABEL, (x, t)), log_y, cache_score)


def _soft_target_loss(xt, tt, soft_target_loss, reduce):
    eps = 1e-7
    log_y = torch.log_softmax(xt, dim=1)
    if soft_target_loss == 'kl-divergence':
        val = torch.sum(tt * (torch.log(tt + eps) - log_y.detach()), dim=1)
    else:
        val = -torch.sum(tt * log_y.detach(), dim=1)
    # Chainer's gradient is softmax(x) - t (no gradient for t)
    graph = torch.logsumexp(xt, dim=1) - torch.sum(tt * xt, dim=1)
    ret = graph + (val - graph).detach()
    if reduce == 'mean':
        coeff = 1.0 / (xt.numel() / xt.shape[1])
        ret = (ret.sum() * coeff).reshape(())
    return ret, log_y
