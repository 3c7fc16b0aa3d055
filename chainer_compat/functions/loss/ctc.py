"""``chainer.functions.connectionist_temporal_classification``."""
import collections.abc

import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def connectionist_temporal_classification(
        x, t, blank_symbol, input_length=None, label_length=None,
        reduce='mean'):
    """CTC loss (Graves et al. 2006) over a list ``x`` of ``(B, V)``
    unnormalised scores (one per time step).

    Computed with Chainer's algorithm (log domain with its finite
    ``zero_padding``, Chainer's use of the lengths, its gradient).
    ``reduce='mean'`` averages the per-sequence losses over the batch.
    """
    if not isinstance(x, collections.abc.Sequence):
        raise TypeError('x must be a list of Variables')
    if not isinstance(blank_symbol, int):
        raise TypeError('blank_symbol must be non-negative integer.')
    x0 = _f.tensor(x[0])
    assert 0 <= blank_symbol < x0.shape[1]
    assert x0.dim() == 2
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid '
            'for \'reduce\', but \'%s\' is given' % reduce)
    tt = _f.tensor(t)
    if input_length is None:
        il = torch.full((x0.shape[0],), len(x), dtype=torch.int32,
                        device=x0.device)
    else:
        il = _f.tensor(input_length)
    if label_length is None:
        ll = torch.full((tt.shape[0],), tt.shape[1], dtype=torch.int32,
                        device=tt.device)
    else:
        ll = _f.tensor(label_length)
    xs = torch.stack([_f.tensor(v) for v in x])

    def body(in_types):
        input_length_type, label_length_type, t_type, x_type = in_types
        type_check.expect(
            input_length_type.dtype == numpy.int32,
            input_length_type.ndim == 1,
            label_length_type.dtype == numpy.int32,
            label_length_type.ndim == 1,
            t_type.ndim == 2,
            t_type.dtype == numpy.int32,
            x_type.ndim == 3,
            x_type.dtype.kind == 'f',
        )
        n_batch = x_type.shape[1]
        type_check.expect(
            t_type.shape[0] == n_batch,
            input_length_type.shape[0] == n_batch,
            label_length_type.shape[0] == n_batch,
        )
    _util.check('ConnectionistTemporalClassification', (il, ll, tt, xs),
                body, names=('input_length', 'label_length', 't', 'x'))
    if _is_debug():
        if il.numel() == 0:
            raise ValueError('zero-size array to reduction operation '
                             'maximum which has no identity')
        assert len(x) >= int(il.max())
        assert tt.shape[1] >= int(ll.max())
    if _ordinary(xs, tt, il, ll, blank_symbol):
        loss = _torch_ctc(xs, tt, il, ll, blank_symbol, reduce)
    else:
        loss = _CTC.apply(xs, tt, il, ll, blank_symbol, reduce)
    return _f.output(loss, 'ConnectionistTemporalClassification', tuple(x))


def _ordinary(xs, t, il, ll, blank):
    """Inputs on which torch's CTC computes Chainer's numbers: lengths in
    range, labels that are real non-blank classes, and every label sequence
    reachable in its input length (Chainer's finite log-zero gives ~1e10
    for an unreachable one, torch inf)."""
    seq, n_batch, n_unit = xs.shape
    if n_batch == 0 or t.shape[1] == 0:
        return False
    ll64 = ll.long()
    il64 = il.long()
    if bool(((il64 < 1) | (il64 > seq) | (ll64 < 1)
             | (ll64 > t.shape[1])).any()):
        return False
    t64 = t.long()
    valid = torch.arange(t.shape[1], device=t.device)[None, :] < \
        ll64[:, None]
    labels = torch.where(valid, t64, torch.ones_like(t64))
    if bool(((labels < 0) | (labels >= n_unit) | (labels == blank)
             & valid).any()):
        return False
    # a repeated label needs a blank between: length + repeats <= T
    repeats = ((t64[:, 1:] == t64[:, :-1]) & valid[:, 1:]).sum(1)
    return bool((ll64 + repeats <= il64).all())


def _torch_ctc(xs, t, il, ll, blank, reduce):
    # torch's fused CTC on log-softmax scores (float16 in float32, as CPU
    # kernels require); its gradient equals Chainer's y - occupancy
    dtype = xs.dtype
    xc = xs.float() if dtype == torch.float16 else xs
    log_y = torch.log_softmax(xc, dim=2)
    loss = torch.nn.functional.ctc_loss(
        log_y, t.long(), il.long(), ll.long(), blank=blank,
        reduction='none', zero_infinity=False)
    if reduce == 'mean':
        loss = loss.mean()
    return loss.to(dtype)


def _is_debug():
    import chainer_compat
    return chainer_compat.is_debug()


# Chainer's algorithm (log domain, ``zero_padding`` instead of -inf, the
# forward variables rotated by input/path length for the backward sweep),
# so infeasible alignments give Chainer's large finite loss, lengths are
# used as Chainer uses them and the gradient is Chainer's
# ``softmax(x) - label_probability``.

def _lse(a, dim):
    vmax = torch.amax(a, dim=dim, keepdim=True)
    vmax = vmax + torch.log(torch.sum(torch.exp(a - vmax), dim=dim,
                                      keepdim=True))
    return vmax.squeeze(dim)


def _transition(prev, path, path_length, cum, y_path, zp):
    n_batch, n_path = path.shape
    m1 = torch.full_like(prev, zp)
    m1[:, 1:] = prev[:, :-1]
    m2 = torch.full_like(prev, zp)
    m2[:, 2:] = prev[:, :-2]
    # no skip between equal symbols (blank-to-blank included)
    m2[:, 2:][path[:, :-2] == path[:, 2:]] = zp
    prob = _lse(torch.stack([prev, m1, m2]), 0)
    outside = (torch.arange(n_path, device=path.device)[None, :] >=
               path_length[:, None])
    prob[outside] = zp
    cum += prob
    return prob + y_path


def _rot(n, length, device):
    # (arange(n)[:, None] + length) % n, numpy's non-negative modulo
    return torch.remainder(
        torch.arange(n, device=device)[:, None] + length[None, :], n)


def _flip_path_probability(prob, input_length, path_length):
    seq, n_batch, n_path = prob.shape
    ri = _rot(seq, input_length, prob.device)                # (T, B)
    rl = _rot(n_path, path_length, prob.device).t()          # (B, P)
    b = torch.arange(n_batch, device=prob.device)
    out = prob[ri[:, :, None], b[None, :, None], rl[None, :, :]]
    return out.flip(0).flip(2)


def _gather_path(y, path_idx):
    # y: (..., B, V), path_idx: (B, P) -> (..., B, P)
    idx = path_idx.expand(y.shape[:-2] + path_idx.shape)
    return torch.gather(y, -1, idx)


def _alias_winners(path, path_length, n_unit):
    """Positions whose probability counts in Chainer's label_probability.

    Chainer assigns ``ret[:, b, c] = sum(prob where path == c)`` for each
    distinct raw label ``c`` of a row in set order, so when a negative label
    and its positive alias (``c - V`` and ``c``) share a row, the column
    holds only the alias assigned last.  Only needed with negative labels.
    """
    keep = []
    for row, n in zip(path.tolist(), path_length.tolist()):
        winner = {}
        for c in {c for c in row[:n]}:
            winner[c % n_unit] = c
        keep.append([winner.get(c % n_unit) == c for c in row])
    return torch.tensor(keep, dtype=torch.bool, device=path.device)


class _CTC(torch.autograd.Function):

    @staticmethod
    def forward(ctx, xs, t, input_length, label_length, blank, reduce):
        seq, n_batch, n_unit = xs.shape
        zp = -10000.0 if xs.dtype == torch.float16 else -10000000000.0
        e = torch.exp(xs - torch.amax(xs, dim=2, keepdim=True))
        yseq = e / torch.sum(e, dim=2, keepdim=True)
        log_yseq = torch.where(yseq == 0, torch.full_like(yseq, zp),
                               torch.log(yseq))
        il = input_length.long()
        path_length = 2 * label_length.long() + 1
        path = torch.full((n_batch, t.shape[1] * 2 + 1), blank,
                          dtype=torch.long, device=xs.device)
        path[:, 1::2] = t.long()
        bad = (path < -n_unit) | (path >= n_unit)
        if bool(bad.any()):
            raise IndexError(
                'index {} is out of bounds for axis 2 with size {}'.format(
                    int(path[bad][0]), n_unit))
        path_idx = torch.remainder(path, n_unit)    # numpy's negative wrap
        n_path = path.shape[1]

        fwd = torch.full((n_batch, n_path), zp, dtype=xs.dtype,
                         device=xs.device)
        fwd[:, 0] = 0
        bwd = fwd
        prob = _gather_path(log_yseq, path_idx)                 # (T, B, P)
        for i in range(seq):
            fwd = _transition(fwd, path, path_length, prob[i],
                              _gather_path(log_yseq[i], path_idx), zp)

        b = torch.arange(n_batch, device=xs.device)
        rot = _rot(n_path, path_length, xs.device).t()          # (B, P)
        r_path = path[b[:, None], rot].flip(1)
        r_idx = path_idx[b[:, None], rot].flip(1)
        ri = _rot(seq, il, xs.device)
        y_inv = log_yseq[ri, b[None, :]].flip(0)                # (T, B, V)
        prob = _flip_path_probability(prob, il, path_length)
        for i in range(seq):
            bwd = _transition(bwd, r_path, path_length, prob[i],
                              _gather_path(y_inv[i], r_idx), zp)
        prob_trans = _flip_path_probability(prob, il, path_length)

        loss = -_lse(prob_trans[0], 1)
        if reduce == 'mean':
            loss = loss.mean()
        ctx.save_for_backward(yseq, prob_trans, path_idx, path_length, il)
        ctx.negative = bool((path < 0).any())
        ctx.path = path if ctx.negative else None
        ctx.reduce = reduce
        return loss

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, gloss):
        yseq, prob_trans, path_idx, path_length, il = ctx.saved_tensors
        seq, n_batch, n_unit = yseq.shape
        n_path = path_idx.shape[1]
        total = _lse(prob_trans[0], 1)
        m = torch.exp(prob_trans - total[:, None])              # (T, B, P)
        # positions path[b, :path_length[b]] (Python slice semantics)
        stop = torch.where(path_length < 0,
                           torch.clamp(path_length + n_path, min=0),
                           torch.clamp(path_length, max=n_path))
        keep = (torch.arange(n_path, device=m.device)[None, :] <
                stop[:, None])
        if ctx.negative:
            keep = keep & _alias_winners(ctx.path, path_length, n_unit)
        label_prob = torch.zeros_like(yseq)
        label_prob.scatter_add_(
            2, path_idx.expand(seq, n_batch, n_path),
            m * keep.to(m.dtype))
        gx = yseq - label_prob
        if ctx.reduce == 'mean':
            gx = gx * (gloss / n_batch)
        else:
            gx = gx * gloss[..., None]
        mask = torch.arange(seq, device=gx.device)[:, None] < il[None, :]
        gx = gx * mask[..., None].to(gx.dtype)
        return gx, None, None, None, None, None
