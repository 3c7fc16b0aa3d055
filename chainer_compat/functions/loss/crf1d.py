"""``chainer.functions.crf1d`` / ``argmax_crf1d``.

Composed of facade functions in the order Chainer composes them, so each
step raises what Chainer's step raises on bad input (``InvalidType`` from
LogSumExp / SelectItem / EmbedIDFunction / ArgMax / ``_ + _``, IndexError
for out-of-range labels, AssertionError on a cost / score size mismatch).
"""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import broadcast as _broadcast
from chainer_compat.functions.array import concat as _concat
from chainer_compat.functions.array import reshape as _reshape
from chainer_compat.functions.array import select_item as _select_item
from chainer_compat.functions.array import split_axis as _split_axis
from chainer_compat.functions.connection import embed_id as _embed_id
from chainer_compat.functions.math import logsumexp as _logsumexp
from chainer_compat.functions.math import minmax as _minmax
from chainer_compat.functions.math import sum as _sum


def crf1d(cost, xs, ys, reduce='mean'):
    """Linear-chain CRF negative log-likelihood.

    ``cost``: ``(K, K)`` transition costs; ``xs``: list of ``(B_t, K)``
    scores (batch sizes non-increasing); ``ys``: list of ``(B_t,)`` labels.
    """
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but \'%s\' is '
            'given' % reduce)
    assert xs[0].shape[1] == cost.shape[0]
    fast = _ordinary(cost, xs, ys)
    if fast is not None:
        return _crf1d_tensors(cost, xs, fast, reduce)

    n_label = cost.shape[0]
    n_batch = xs[0].shape[0]

    alpha = xs[0]
    alphas = []
    for x in xs[1:]:
        batch = x.shape[0]
        if alpha.shape[0] > batch:
            alpha, rest = _split_axis.split_axis(alpha, [batch], axis=0)
            alphas.append(rest)
        b_alpha, b_cost = _broadcast.broadcast(alpha[..., None], cost)
        alpha = _logsumexp.logsumexp(b_alpha + b_cost, axis=1) + x
    if alphas:
        alphas.append(alpha)
        alpha = _concat.concat(alphas[::-1], axis=0)

    logz = _logsumexp.logsumexp(alpha, axis=1)

    flat_cost = _reshape.reshape(cost, (cost.size, 1))
    score = _select_item.select_item(xs[0], ys[0])
    scores = []
    for x, y, y_prev in zip(xs[1:], ys[1:], ys[:-1]):
        batch = x.shape[0]
        if score.shape[0] > batch:
            y_prev, _ = _split_axis.split_axis(y_prev, [batch], axis=0)
            score, rest = _split_axis.split_axis(score, [batch], axis=0)
            scores.append(rest)
        trans = _embed_id.embed_id(y_prev * n_label + y, flat_cost)
        score += (_select_item.select_item(x, y) +
                  _reshape.reshape(trans, (batch,)))
    if scores:
        scores.append(score)
        score = _concat.concat(scores[::-1], axis=0)

    loss = logz - score
    if reduce == 'mean':
        return _sum.sum(loss) / n_batch
    return loss


def _ordinary(cost, xs, ys):
    """Tensors of the inputs when they are ordinary (what every check of
    the composed path would accept): float cost (K, K), float scores
    (B_t, K) of cost's dtype with non-increasing batch sizes, integer
    labels (B_t,) in [0, K).  None otherwise."""
    if len(xs) == 0 or len(xs) != len(ys):
        return None
    ct = _f.tensor(cost)
    if not ct.is_floating_point() or ct.dim() != 2 or \
            ct.shape[0] != ct.shape[1]:
        return None
    n_label = ct.shape[0]
    xts = [_f.tensor(x) for x in xs]
    yts = [_f.tensor(y) for y in ys]
    prev = None
    for x, y in zip(xts, yts):
        if x.dtype != ct.dtype or x.dim() != 2 or x.shape[1] != n_label \
                or y.dim() != 1 or y.shape[0] != x.shape[0] \
                or y.is_floating_point() or y.dtype == torch.bool \
                or (prev is not None and x.shape[0] > prev):
            return None
        prev = x.shape[0]
    labels = torch.cat([y.reshape(-1).long() for y in yts])
    if labels.numel() == 0 or xts[0].shape[0] == 0 or \
            bool(((labels < 0) | (labels >= n_label)).any()):
        return None
    return ct, xts, [y.long() for y in yts]


def _crf1d_tensors(cost, xs, tensors, reduce):
    # the same forward algorithm on tensors in one pass of torch ops (the
    # composed path costs a facade call per step)
    ct, xts, yts = tensors
    n_label = ct.shape[0]
    n_batch = xts[0].shape[0]
    alpha = xts[0]
    alphas = []
    for x in xts[1:]:
        batch = x.shape[0]
        if alpha.shape[0] > batch:
            alphas.append(alpha[batch:])
            alpha = alpha[:batch]
        alpha = torch.logsumexp(alpha[..., None] + ct, dim=1) + x
    if alphas:
        alphas.append(alpha)
        alpha = torch.cat(alphas[::-1], dim=0)
    logz = torch.logsumexp(alpha, dim=1)
    flat_cost = ct.reshape(-1)
    score = xts[0].gather(1, yts[0][:, None])[:, 0]
    scores = []
    for x, y, y_prev in zip(xts[1:], yts[1:], yts[:-1]):
        batch = x.shape[0]
        if score.shape[0] > batch:
            y_prev = y_prev[:batch]
            scores.append(score[batch:])
            score = score[:batch]
        score = score + (x.gather(1, y[:, None])[:, 0] +
                         flat_cost[y_prev * n_label + y])
    if scores:
        scores.append(score)
        score = torch.cat(scores[::-1], dim=0)
    loss = _f.output(logz - score, '_ - _', (cost,) + tuple(xs))
    if reduce == 'mean':
        # the composed path's last two steps (Sum, then MulConstant 1/B)
        return _sum.sum(loss) / n_batch
    return loss


def argmax_crf1d(cost, xs):
    """Viterbi path of a linear-chain CRF: returns ``(score, path)`` with
    ``score`` a Variable ``(B,)`` and ``path`` a list of label arrays."""
    alpha = xs[0]
    alphas = []
    max_inds = []
    for x in xs[1:]:
        batch = x.shape[0]
        if alpha.shape[0] > batch:
            alpha, rest = _split_axis.split_axis(alpha, [batch], axis=0)
            alphas.append(rest)
        else:
            alphas.append(None)
        b_alpha, b_cost = _broadcast.broadcast(alpha[..., None], cost)
        scores = b_alpha + b_cost
        max_inds.append(_minmax.argmax(scores, axis=1))
        alpha = _minmax.max(scores, axis=1) + x

    inds = _minmax.argmax(alpha, axis=1)
    path = [inds.array]
    for m, a in zip(max_inds[::-1], alphas[::-1]):
        inds = _select_item.select_item(m, inds)
        if a is not None:
            inds = _concat.concat([inds, _minmax.argmax(a, axis=1)], axis=0)
        path.append(inds.array)
    path.reverse()

    score = _minmax.max(alpha, axis=1)
    for a in alphas[::-1]:
        if a is None:
            continue
        score = _concat.concat([score, _minmax.max(a, axis=1)], axis=0)
    return score, path
