"""``chainer.functions.tensordot``."""
import collections.abc

import numpy
import torch

from chainer_compat._bridge import blas as _blas
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _tensordot(a, b, a_sum, b_sum):
    """numpy.tensordot's algorithm (transpose, reshape to 2-D, dot)."""
    if len(a_sum) != len(b_sum):
        raise ValueError('axes count mismatch')
    if a.dim() < len(a_sum) or b.dim() < len(b_sum):
        raise ValueError('dimension of input tensors must be '
                         'greater equal to dot-axes count ({})'
                         .format(len(a_sum)))
    a_sum = [x % a.dim() if a.dim() else x for x in a_sum]
    b_sum = [x % b.dim() if b.dim() else x for x in b_sum]
    for i, j in zip(a_sum, b_sum):
        if a.shape[i] != b.shape[j]:
            raise ValueError('shape mismatch')
    a_free = [i for i in range(a.dim()) if i not in a_sum]
    b_free = [i for i in range(b.dim()) if i not in b_sum]
    n = 1
    for i in a_sum:
        n *= a.shape[i]
    m = 1
    for i in a_free:
        m *= a.shape[i]
    k = 1
    for i in b_free:
        k *= b.shape[i]
    a2 = a.permute(a_free + a_sum).reshape(m, n)
    b2 = b.permute(b_sum + b_free).reshape(n, k)
    if a2.dtype != b2.dtype:
        dt = torch.promote_types(a2.dtype, b2.dtype)
        a2, b2 = a2.to(dt), b2.to(dt)
    y = _blas.mm(a2, b2)
    return y.reshape([a.shape[i] for i in a_free] +
                     [b.shape[i] for i in b_free])


def tensordot(a, b, axes=2):
    """Tensor dot product along ``axes`` (int N: last N axes of ``a`` with
    the first N of ``b``; or a pair of axis sequences), as numpy."""
    if isinstance(axes, collections.abc.Sequence):
        if len(axes) != 2:
            raise ValueError('axes must be a pair of sequence of integers '
                             'when it is a list or tuple.')
    elif isinstance(axes, int):
        pass
    else:
        raise TypeError('axes must be a pair of sequence of integers or '
                        'an integer')
    at = _f.tensor(a)
    bt = _f.tensor(b)

    def fn(in_types):
        a_type, b_type = in_types
        type_check.expect(
            a_type.dtype.kind == 'f',
            b_type.dtype.kind == 'f',
        )
    _h.check('TensorDot', (at, bt), ('a', 'b'), fn)
    if isinstance(axes, collections.abc.Sequence):
        a_sum, b_sum = axes
        if numpy.isscalar(a_sum):
            a_sum = a_sum,
        if numpy.isscalar(b_sum):
            b_sum = b_sum,
        a_sum, b_sum = list(a_sum), list(b_sum)
    else:
        a_sum = list(range(at.dim() - axes, at.dim()))
        b_sum = list(range(axes))
    return _f.output(_tensordot(at, bt, a_sum, b_sum), 'TensorDot', (a, b))
