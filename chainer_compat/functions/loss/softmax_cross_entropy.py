"""``chainer.functions.softmax_cross_entropy``."""
import numpy
import torch

import chainer_compat
from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check

_LABEL = 'SoftmaxCrossEntropy'


def _reduction_dtype(dtype):
    # Chainer: float16 inputs are reduced in float32.
    return torch.float32 if dtype == torch.float16 else dtype


def _check(xt, tt):
    type_check._check_float(_LABEL, xt, 'x')
    if tt.is_floating_point():
        if tuple(xt.shape) != tuple(tt.shape):
            type_check._fail(_LABEL, 'x.shape == t.shape', '{} != {}'.format(
                tuple(xt.shape), tuple(tt.shape)))
        return True
    kind = _f.kind(tt)
    if kind != 'i':
        type_check._fail(_LABEL, 't.dtype.kind == i', '{} != i'.format(kind))
    if tt.dim() != xt.dim() - 1:
        type_check._fail(_LABEL, 't.ndim == x.ndim - 1', '{} != {}'.format(
            tt.dim(), xt.dim() - 1))
    if xt.shape[0] != tt.shape[0]:
        type_check._fail(_LABEL, 'x.shape[0] == t.shape[0]',
                         '{} != {}'.format(xt.shape[0], tt.shape[0]))
    if tuple(xt.shape[2:]) != tuple(tt.shape[1:]):
        type_check._fail(_LABEL, 'x.shape[2:] == t.shape[1:]',
                         '{} != {}'.format(tuple(xt.shape[2:]),
                                           tuple(tt.shape[1:])))
    return False


def softmax_cross_entropy(
        x, t, normalize=True, cache_score=True, class_weight=None,
        ignore_label=-1, reduce='mean', enable_double_backprop=False,
        soft_target_loss='cross-entropy'):
    """Chainer-compatible :func:`chainer.functions.softmax_cross_entropy`.

    Chainer's reduction, not torch's: with ``normalize=True`` the summed
    loss is divided by the number of non-ignored labels (also when
    ``class_weight`` is given); with ``normalize=False`` by the batch size.
    ``reduce='no'`` returns per-element losses, zero where ignored.
    """
    if soft_target_loss not in ('cross-entropy', 'kl-divergence'):
        raise ValueError('soft_target_loss must be \'cross-entropy\' or '
                         '\'kl-divergence\'.')
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but \'%s\' is '
            'given' % reduce)
    xt = _f.tensor(x)
    tt = _f.tensor(t)
    if chainer_compat.config.type_check:
        soft = _check(xt, tt)
    else:
        soft = tt.is_floating_point()
    log_y = torch.log_softmax(xt, dim=1)
    if soft:
        y = _soft_target_loss(xt, tt, log_y, soft_target_loss, reduce)
        return _f.output(y, _LABEL, (x, t))
    if chainer_compat.is_debug():
        valid = ((tt >= 0) & (tt < xt.shape[1])) | (tt == ignore_label)
        if not bool(valid.all()):
            raise ValueError(
                'Each label `t` need to satisfy '
                '`0 <= t < x.shape[1] or t == %d`' % ignore_label)
    if class_weight is not None:
        cw = _f.tensor(class_weight)
        shape = [1 if d != 1 else -1 for d in range(xt.dim())]
        log_y = log_y * cw.to(log_y.dtype).reshape(shape)
    t_valid = tt != ignore_label
    # Chainer: ignored positions read class 0, then get multiplied by 0.
    tidx = (tt * t_valid).long()
    log_p = log_y.gather(1, tidx.unsqueeze(1)).squeeze(1)
    log_p = log_p * t_valid
    if reduce == 'mean':
        if normalize:
            count = int(t_valid.sum())
        else:
            count = len(xt)
        coeff = 1.0 / max(count, 1)
        rdtype = _reduction_dtype(xt.dtype)
        y = log_p.sum(dtype=rdtype) * (-coeff)
        y = y.to(xt.dtype).reshape(())
    else:
        y = -log_p
    return _f.output(y, _LABEL, (x, t))


def _soft_target_loss(xt, tt, log_y, soft_target_loss, reduce):
    eps = 1e-7
    if soft_target_loss == 'kl-divergence':
        ret = torch.sum(tt * (torch.log(tt + eps) - log_y), dim=1)
    else:
        ret = -torch.sum(tt * log_y, dim=1)
    if reduce == 'mean':
        rdtype = _reduction_dtype(xt.dtype)
        ret = (ret.sum(dtype=rdtype) * (1.0 / xt.shape[0])).to(
            xt.dtype).reshape(())
    return ret
