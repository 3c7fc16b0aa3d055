"""``chainer.functions.black_out``."""
import torch

from chainer_compat._bridge import function as _f


def black_out(x, t, W, samples, reduce='mean'):
    """BlackOut loss (Ji et al. 2015) with the given negative ``samples``
    (``(batch, K)`` ids), as Chainer composes it."""
    xt = _f.tensor(x)
    tt = _f.tensor(t).long()
    wt = _f.tensor(W)
    st = _f.tensor(samples).long()
    batch_size = xt.shape[0]
    n = wt.shape[0]
    neg_emb = wt[torch.where(st < 0, st + n, st)]       # (B, K, D)
    neg_y = torch.matmul(neg_emb, xt[:, :, None])[..., 0]
    pos_emb = wt[torch.where(tt < 0, tt + n, tt)][:, None]   # (B, 1, D)
    pos_y = torch.matmul(pos_emb, xt[:, :, None])[..., 0]
    logz = torch.logsumexp(torch.cat([pos_y, neg_y], dim=1), dim=1)
    ny = torch.log(1 - torch.exp(neg_y - logz[:, None]))
    py = pos_y.reshape(batch_size)
    loss = -(py - logz + ny.sum(dim=1))
    if reduce == 'mean':
        loss = loss.mean()
    return _f.output(loss, 'Neg', (x, W))
