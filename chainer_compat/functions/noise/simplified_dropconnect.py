"""``chainer.functions.simplified_dropconnect``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.functions.noise import _random
from chainer_compat.utils import type_check

_LABEL = 'SimplifiedDropconnect'


def simplified_dropconnect(x, W, b=None, ratio=.5, train=True, mask=None,
                           use_batchwise_mask=True):
    """Linear ``x W^T + b`` whose weight elements are dropped with
    probability ``ratio`` and the rest scaled by ``1 / (1 - ratio)``.

    ``train=False`` uses ratio 0 (the mask is still drawn, as in Chainer).
    The mask is ``numpy.random.rand(*shape) >= ratio`` on CPU with shape
    ``(n, M, N)`` (``use_batchwise_mask``) or ``(M, N)``; ``mask`` overrides
    it.
    """
    if not train:
        ratio = 0
    xt = _f.tensor(x)
    wt = _f.tensor(W)
    ts = (xt, wt) if b is None else (xt, wt, _f.tensor(b))
    if mask is not None and _f.is_variable(mask):
        mask = mask.array
    m_shape = None if mask is None else tuple(mask.shape)

    def fn(in_types):
        n_in = in_types.size()
        type_check.expect(2 <= n_in, n_in <= 3)
        x_type, w_type = in_types[:2]
        type_check._argname((x_type, w_type), ('x', 'W'))
        type_check.expect(
            x_type.dtype.kind == 'f',
            w_type.dtype.kind == 'f',
            x_type.ndim >= 2,
            w_type.ndim == 2,
            type_check.prod(x_type.shape[1:]) == w_type.shape[1],
        )
        if type_check.eval(n_in) == 3:
            b_type = in_types[2]
            type_check._argname((b_type,), ('b',))
            type_check.expect(
                b_type.dtype == x_type.dtype,
                b_type.ndim == 1,
                b_type.shape[0] == w_type.shape[0],
            )
        if m_shape is not None:
            if use_batchwise_mask:
                type_check.expect(
                    m_shape[0] == x_type.shape[0],
                    m_shape[1:] == w_type.shape,
                )
            else:
                type_check.expect(m_shape == w_type.shape)
    _h.check(_LABEL, ts, None, fn)
    scale = float(_f.numpy_dtype(wt).type(1. / (1 - ratio)))
    if mask is None:
        if use_batchwise_mask:
            shape = (xt.shape[0], wt.shape[0], wt.shape[1])
        else:
            shape = (wt.shape[0], wt.shape[1])
        mt = _random.rand(shape, wt) >= ratio
    else:
        mt = _f.tensor(mask).to(wt.device)
    x2 = xt if xt.dim() == 2 else _h.np_reshape(xt, (xt.shape[0], -1))
    w = wt * scale * mt.to(wt.dtype)
    res = torch.promote_types(w.dtype, x2.dtype)  # numpy einsum promotes
    y = torch.matmul(w.to(res), x2.to(res)[:, :, None])
    y = y.reshape(y.shape[0], y.shape[1]).to(x2.dtype)
    if b is not None:
        y = y + ts[2]
    inputs = (x, W) if b is None else (x, W, b)
    out = _f.output(y, _LABEL, inputs)
    _h.set_node_attrs(
        out, _LABEL, inputs,
        mask=_f.array_of(mt) if mask is None else mask,
        ratio=ratio, use_batchwise_mask=use_batchwise_mask)
    return out
