"""``chainer.functions.black_out``.

Composed of facade functions in the order Chainer composes them, so each
step raises what Chainer's step raises on bad input (``InvalidType`` from
EmbedIDFunction / MatMul, IndexError for out-of-range ids,
ZeroDivisionError for the mean of an empty batch).
"""
from chainer_compat.functions.array import broadcast as _broadcast
from chainer_compat.functions.array import concat as _concat
from chainer_compat.functions.array import expand_dims as _expand_dims
from chainer_compat.functions.array import reshape as _reshape
from chainer_compat.functions.connection import embed_id as _embed_id
from chainer_compat.functions.math import average as _average
from chainer_compat.functions.math import exponential as _exponential
from chainer_compat.functions.math import logsumexp as _logsumexp
from chainer_compat.functions.math import matmul as _matmul
from chainer_compat.functions.math import sum as _sum


def black_out(x, t, W, samples, reduce='mean'):
    """BlackOut loss (Ji et al. 2015) with the given negative ``samples``
    (``(batch, K)`` ids), as Chainer composes it."""
    batch_size = x.shape[0]

    neg_emb = _embed_id.embed_id(samples, W)
    neg_y = _matmul.matmul(neg_emb, x[:, :, None])
    neg_y = _reshape.reshape(neg_y, neg_y.shape[:-1])

    pos_emb = _expand_dims.expand_dims(_embed_id.embed_id(t, W), 1)
    pos_y = _matmul.matmul(pos_emb, x[:, :, None])
    pos_y = _reshape.reshape(pos_y, pos_y.shape[:-1])

    logz = _logsumexp.logsumexp(_concat.concat([pos_y, neg_y]), axis=1)
    blogz, bneg_y = _broadcast.broadcast(
        _reshape.reshape(logz, (batch_size, 1)), neg_y)
    ny = _exponential.log(1 - _exponential.exp(bneg_y - blogz))
    py = _reshape.reshape(pos_y, (batch_size,))
    loss = -(py - logz + _sum.sum(ny, axis=1))
    if reduce == 'mean':
        loss = _average.average(loss)
    return loss
