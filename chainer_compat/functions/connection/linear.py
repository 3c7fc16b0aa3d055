"""``chainer.functions.linear``."""
from chainer_compat._bridge import blas as _blas
from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check


def linear(x, W, b=None, n_batch_axes=1):
    """Chainer-compatible :func:`chainer.functions.linear`: ``x W^T + b``.

    Chainer flattens all axes after the first ``n_batch_axes`` of ``x``
    before the product (torch's linear uses the last axis only).

    Args:
        x: input of shape ``(s_1, ..., s_n, ...)`` (n = n_batch_axes).
        W: weight of shape ``(M, N)`` where N = prod(trailing axes of x).
        b: optional bias of shape ``(M,)``.
    Returns:
        Variable of shape ``(s_1, ..., s_n, M)``.
    """
    if n_batch_axes <= 0:
        raise ValueError('n_batch_axes should be greater than 0.')
    xt = _f.tensor(x)
    wt = _f.tensor(W)
    bt = None if b is None else _f.tensor(b)
    label = 'LinearFunction'
    type_check._check_float(label, xt, 'x')
    if xt.dtype != wt.dtype:
        type_check._fail(label, 'x.dtype == W.dtype', '{} != {}'.format(
            _f.numpy_dtype(xt), _f.numpy_dtype(wt)))
    if wt.dim() != 2:
        type_check._fail(label, 'W.ndim == 2', '{} != 2'.format(wt.dim()))
    if xt.dim() < n_batch_axes:
        type_check._fail(label, 'x.ndim >= {}'.format(n_batch_axes),
                         '{} < {}'.format(xt.dim(), n_batch_axes))
    batch_shape = xt.shape[:n_batch_axes]
    in_size = 1
    for s in xt.shape[n_batch_axes:]:
        in_size *= s
    if in_size != wt.shape[1]:
        type_check._fail(
            label,
            'x.shape[1] == W.shape[1]',
            '{} != {}'.format(in_size, wt.shape[1]))
    if bt is not None:
        if bt.dtype != xt.dtype:
            type_check._fail(label, 'b.dtype == x.dtype', '{} != {}'.format(
                _f.numpy_dtype(bt), _f.numpy_dtype(xt)))
        if bt.dim() != 1 or bt.shape[0] != wt.shape[0]:
            type_check._fail(label, 'b.shape[0] == W.shape[0]',
                             '{} != {}'.format(tuple(bt.shape), wt.shape[0]))
    x2 = xt if xt.dim() == 2 and n_batch_axes == 1 else \
        xt.reshape(-1, in_size)
    y = _blas.linear(x2, wt, bt)
    if n_batch_axes > 1 or xt.dim() != 2:
        y = y.reshape(tuple(batch_shape) + (wt.shape[0],))
    inputs = (x, W) if b is None else (x, W, b)
    return _f.output(y, label, inputs)
