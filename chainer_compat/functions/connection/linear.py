"""``chainer.functions.linear``."""
import torch

from chainer_compat._bridge import blas as _blas
from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def _check(arrays):
    def body(in_types):
        n_in = in_types.size()
        type_check.expect(2 <= n_in, n_in <= 3)
        x_type, w_type = in_types[:2]
        type_check._argname((x_type, w_type), ('x', 'W'))
        type_check.expect(
            x_type.dtype.kind == 'f',
            w_type.dtype.kind == 'f',
            x_type.ndim == 2,
            w_type.ndim == 2,
            x_type.shape[1] == w_type.shape[1],
        )
        if type_check.eval(n_in) == 3:
            b_type = in_types[2]
            type_check._argname((b_type,), ('b',))
            type_check.expect(
                b_type.dtype == x_type.dtype,
                b_type.ndim == 1,
                b_type.shape[0] == w_type.shape[0],
            )
    _util.check('LinearFunction', arrays, body)


def linear(x, W, b=None, n_batch_axes=1):
    """Chainer-compatible :func:`chainer.functions.linear`: ``x W^T + b``.

    Chainer flattens all axes after the first ``n_batch_axes`` of ``x``
    before the product (torch's linear uses the last axis only).  ``x`` and
    ``W`` may have different float dtypes (computed in the promoted dtype,
    result in ``x``'s dtype, as numpy does).

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
    batch_shape = None
    if n_batch_axes > 1:
        batch_shape = tuple(xt.shape[:n_batch_axes])
        size = 1
        for s in batch_shape:
            size *= s
        x2 = xt.reshape(size, -1)
    elif xt.dim() > 2:
        if xt.shape[0] == 0:
            # Chainer: numpy's x.reshape(0, -1) is ambiguous and raises
            raise ValueError('cannot reshape array of size 0 into shape '
                             '(0,newaxis)')
        x2 = xt.reshape(xt.shape[0], -1)
    else:
        x2 = xt
    # Cheap checks first; Chainer's expression-based check (and its
    # message) only runs when one of them fails.
    if not (x2.is_floating_point() and wt.is_floating_point()
            and x2.dim() == 2 and wt.dim() == 2
            and x2.shape[1] == wt.shape[1]
            and (bt is None or (bt.dtype == x2.dtype and bt.dim() == 1
                                and bt.shape[0] == wt.shape[0]))):
        _check((x2, wt) if bt is None else (x2, wt, bt))
    if wt.dtype != x2.dtype:
        ct = torch.promote_types(wt.dtype, x2.dtype)
        y = _blas.linear(x2.to(ct), wt.to(ct)).to(x2.dtype)
        if bt is not None:
            y = y + bt
    else:
        y = _blas.linear(x2, wt, bt)
    if batch_shape is not None:
        y = y.reshape(batch_shape + (-1,))
    inputs = (x, W) if b is None else (x, W, b)
    return _f.output(y, 'LinearFunction', inputs)
