"""``chainer.functions.discriminative_margin_based_clustering_loss``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import basic_math as _basic_math


def discriminative_margin_based_clustering_loss(
        embeddings, labels,
        delta_v, delta_d, max_embedding_dim,
        norm=1, alpha=1.0, beta=1.0, gamma=0.001):
    """Discriminative loss for instance segmentation (De Brabandere et al.
    2017): returns ``(alpha * l_var, beta * l_dist, gamma * l_reg)``,
    computed with Chainer's exact broadcasting."""
    if max_embedding_dim <= 0:
        raise ValueError('Max number of embeddings has to be positive!')
    if norm == 1:
        def _norm(v, axis):
            return torch.sum(torch.abs(v), dim=axis)
    elif norm == 2:
        def _norm(v, axis):
            return torch.sqrt(torch.sum(v ** 2, dim=axis))
    else:
        raise ValueError('For discriminative loss, '
                         'norm can only be 1 or 2. '
                         'Obtained the value : {}'.format(norm))
    et = _f.tensor(embeddings)
    lt = _f.tensor(labels)
    assert max_embedding_dim == et.shape[1]
    emb = et[None]
    emb = emb.broadcast_to((emb.shape[1], emb.shape[1], emb.shape[2],
                            emb.shape[3], emb.shape[4]))
    ms = torch.stack([(lt == c + 1).unsqueeze(1)
                      for c in range(max_embedding_dim)], 0)
    msf = ms.to(et.dtype)
    # ``emb * ms`` is Chainer's Mul (Variable * ndarray): float lhs and
    # broadcastable shapes, checked before anything is computed
    _basic_math._check_binary('_ * _', emb, msf, True)
    if ms.dim() < 5:
        # Chainer: xp.sum(ms, (2, 3, 4)) on a mask of fewer dims
        raise getattr(numpy, 'exceptions', numpy).AxisError(4, ms.dim())
    mns = torch.sum(emb * msf, dim=(3, 4))
    cnt = torch.clamp(ms.sum(dim=(2, 3, 4)), min=1)[:, :, None]
    mns = mns / cnt.to(et.dtype)
    mns_exp = mns[:, :, :, None, None]
    l_reg = torch.sum(_norm(mns, (1, 2)))
    l_reg = l_reg / (max_embedding_dim * et.shape[0])
    l_var = _norm((mns_exp - emb) * msf, 2)
    l_var = torch.relu(l_var - delta_v) ** 2
    l_var = torch.sum(l_var, dim=(1, 2, 3))
    l_var = l_var / torch.clamp(ms.sum(dim=(1, 2, 3, 4)), min=1).to(et.dtype)
    l_var = torch.sum(l_var) / max_embedding_dim
    l_dist = 0.0
    count = 0
    for c_a in range(len(mns)):
        for c_b in range(c_a + 1, len(mns)):
            dist = _norm(mns[c_a] - mns[c_b], 1)
            l_dist = l_dist + torch.sum(torch.relu(2 * delta_d - dist) ** 2)
            count += 1
    l_dist = l_dist / max(count * et.shape[0], 1)
    inputs = (embeddings,)
    out_var = _f.output((alpha * l_var).to(et.dtype), 'MulConstant', inputs)
    if isinstance(l_dist, torch.Tensor):
        out_dist = _f.output((beta * l_dist).to(et.dtype), 'MulConstant',
                             inputs)
    else:
        out_dist = beta * l_dist
    out_reg = _f.output((gamma * l_reg).to(et.dtype), 'MulConstant', inputs)
    return out_var, out_dist, out_reg
