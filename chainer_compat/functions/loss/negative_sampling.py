"""``chainer.functions.negative_sampling``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import argument
from chainer_compat.utils import type_check


def negative_sampling(x, t, W, sampler, sample_size, reduce='sum', **kwargs):
    """Negative sampling loss (Mikolov et al. 2013).

    ``sampler(shape)`` draws the negative ids (e.g. ``WalkerAlias.sample``);
    column 0 is replaced by ``t``.  Rows with ``t == -1`` are ignored.
    ``return_samples=True`` also returns the drawn samples.
    """
    return_samples = False
    if kwargs:
        return_samples, = argument.parse_kwargs(
            kwargs, ('return_samples', return_samples))
    if reduce not in ('sum', 'no'):
        raise ValueError(
            'only \'sum\' and \'no\' are valid for \'reduce\', but \'%s\' '
            'is given' % reduce)
    xt = _f.tensor(x)
    tt = _f.tensor(t)
    wt = _f.tensor(W)

    def body(in_types):
        x_type, t_type, w_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            x_type.ndim == 2,
            t_type.dtype == numpy.int32,
            t_type.ndim == 1,
            x_type.shape[0] == t_type.shape[0],
            w_type.dtype == x_type.dtype,
            w_type.ndim == 2,
        )
    _util.check('NegativeSamplingFunction', (xt, tt, wt), body,
                names=('x', 't', 'W'))
    mask = tt != -1
    size = int(tt.shape[0])
    samples = sampler((size, sample_size + 1))
    if _f.is_variable(samples):
        samples = samples.array
    samples = _f.array_of(_f.tensor(samples)) if not isinstance(
        samples, numpy.ndarray) else samples
    samples[:, 0] = _f.array_of(tt)
    st = _f.tensor(samples).long().to(wt.device)
    dtype = xt.dtype
    xc, wc = xt, wt
    if dtype == torch.float16:  # mixed precision, as Chainer
        xc, wc = xt.float(), wt.float()
    n = wc.shape[0]
    st_w = torch.where(st < 0, st + n, st)
    w = wc[st_w]                                    # (B, K+1, D)
    if xc.shape[1] != wc.shape[1] and 1 not in (xc.shape[1], wc.shape[1]):
        # Chainer: numpy.einsum('ij,ikj->ik', x[mask], w[mask]) refuses
        # (it broadcasts a size-1 j, as torch.einsum does)
        kept = int(mask.sum())
        raise ValueError(
            'operands could not be broadcast together with remapped shapes '
            '[original->remapped]: ({0},{1})->({0},newaxis,{1}) '
            '({0},{2},{3})->({0},{2},{3}) '.format(
                kept, xc.shape[1], w.shape[1], w.shape[2]))
    wx = torch.einsum('ij,ikj->ik', xc, w)
    if xc.shape[1] != wc.shape[1] and wx.requires_grad and bool(mask.any()):
        # the forward broadcast a size-1 j, but Chainer's backward
        # (``W[k].dot(x[i])``) refuses it
        def _refuse(_g, _k=w.shape[1], _dw=wc.shape[1], _d=xc.shape[1]):
            raise ValueError(
                'shapes ({},{}) and ({},) not aligned: {} (dim 1) != {} '
                '(dim 0)'.format(_k, _dw, _d, _dw, _d))
        wx.register_hook(_refuse)
    sign = torch.ones(sample_size + 1, dtype=wx.dtype, device=wx.device)
    sign[0] = -1
    wx = wx * sign
    row = torch.logaddexp(wx, torch.zeros((), dtype=wx.dtype,
                                          device=wx.device)).sum(dim=1)
    loss = torch.where(mask, row, torch.zeros((), dtype=row.dtype,
                                              device=row.device))
    if reduce == 'sum':
        loss = loss.sum()
    out = _f.output(loss.to(dtype), 'NegativeSamplingFunction', (x, t, W))
    if return_samples:
        return out, samples
    return out
