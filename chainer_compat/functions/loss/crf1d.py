"""``chainer.functions.crf1d`` / ``argmax_crf1d``."""
import torch

from chainer_compat._bridge import function as _f


def crf1d(cost, xs, ys, reduce='mean'):
    """Linear-chain CRF negative log-likelihood.

    ``cost``: ``(K, K)`` transition costs; ``xs``: list of ``(B_t, K)``
    scores (batch sizes non-increasing); ``ys``: list of ``(B_t,)`` labels.
    """
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but \'%s\' is '
            'given' % reduce)
    ct = _f.tensor(cost)
    xts = [_f.tensor(x) for x in xs]
    yts = [_f.tensor(y).long() for y in ys]
    assert xts[0].shape[1] == ct.shape[0]
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
    loss = logz - score
    inputs = (cost,) + tuple(xs)
    if reduce == 'mean':
        return _f.output(loss.sum() / n_batch, 'DivFromConstant', inputs)
    return _f.output(loss, 'Sub', inputs)


def argmax_crf1d(cost, xs):
    """Viterbi path of a linear-chain CRF: returns ``(score, path)`` with
    ``score`` a Variable ``(B,)`` and ``path`` a list of label arrays."""
    ct = _f.tensor(cost)
    xts = [_f.tensor(x) for x in xs]
    alpha = xts[0]
    alphas = []
    max_inds = []
    for x in xts[1:]:
        batch = x.shape[0]
        if alpha.shape[0] > batch:
            alphas.append(alpha[batch:])
            alpha = alpha[:batch]
        else:
            alphas.append(None)
        scores = alpha[..., None] + ct
        max_inds.append(torch.argmax(scores, dim=1))
        alpha = torch.max(scores, dim=1)[0] + x
    inds = torch.argmax(alpha, dim=1)
    path = [inds.to(torch.int32)]
    for m, a in zip(max_inds[::-1], alphas[::-1]):
        inds = m.gather(1, inds[:, None])[:, 0]
        if a is not None:
            inds = torch.cat([inds, torch.argmax(a, dim=1)], dim=0)
        path.append(inds.to(torch.int32))
    path.reverse()
    score = torch.max(alpha, dim=1)[0]
    for a in alphas[::-1]:
        if a is None:
            continue
        score = torch.cat([score, torch.max(a, dim=1)[0]], dim=0)
    path = [_f.array_of(p.detach()) for p in path]
    return _f.output(score, 'Max', (cost,) + tuple(xs)), path
