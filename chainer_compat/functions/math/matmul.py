"""``chainer.functions.matmul`` and ``batch_matmul``."""
import warnings

import numpy
import torch

from chainer_compat._bridge import blas as _blas
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _get_check_index(trans, right, row_idx=0, col_idx=1):
    if trans ^ right:
        return row_idx
    return col_idx


def _mm(a, b):
    """numpy.matmul semantics; 2-D CPU float products go through numpy's
    BLAS (Chainer computes with numpy on CPU)."""
    if a.dtype != b.dtype:
        dt = torch.promote_types(a.dtype, b.dtype)
        a = a.to(dt)
        b = b.to(dt)
    if a.dim() == 2 and b.dim() == 2:
        return _blas.mm(a, b)
    return torch.matmul(a, b)


def matmul(a, b, transa=False, transb=False):
    """Matrix product with numpy ``matmul`` semantics (1-D operands,
    broadcast stacks of matrices); ``transa``/``transb`` transpose the last
    two axes.  Mixed float dtypes are promoted as numpy does.
    """
    at = _f.tensor(a)
    bt = _f.tensor(b)
    if (at.dim() == 2 and bt.dim() == 2 and at.is_floating_point() and
            bt.is_floating_point() and
            at.shape[0 if transa else 1] == bt.shape[1 if transb else 0]):
        pass  # the common case passes Chainer's check below
    else:
        _h.check('MatMul', (at, bt), ('a', 'b'), _matmul_check(
            transa, transb))
    x, y = at, bt
    if transa and x.dim() != 1:
        x = x.transpose(-1, -2)
    if transb and y.dim() != 1:
        y = y.transpose(-1, -2)
    return _f.output(_mm(x, y), 'MatMul', (a, b))


def _matmul_check(transa, transb):
    def fn(in_types):
        a_type, b_type = in_types
        type_check.expect(
            a_type.dtype.kind == 'f',
            b_type.dtype.kind == 'f',
            a_type.ndim >= 1,
            b_type.ndim >= 1,
        )
        a_ndim = type_check.eval(a_type.ndim)
        b_ndim = type_check.eval(b_type.ndim)
        if b_ndim == 1:
            a_idx = -2 if transa and a_ndim > 1 else -1
            type_check.expect(a_type.shape[a_idx] == b_type.shape[0])
        elif a_ndim == 1:
            b_idx = -1 if transb and b_ndim > 1 else -2
            type_check.expect(a_type.shape[0] == b_type.shape[b_idx])
        else:
            a_idx = _get_check_index(transa, False, row_idx=-2, col_idx=-1)
            b_idx = _get_check_index(transb, True, row_idx=-2, col_idx=-1)
            type_check.expect(a_type.shape[a_idx] == b_type.shape[b_idx])
            type_check.expect_broadcast_shapes(
                a_type.shape[:-2], b_type.shape[:-2])
    return fn


def _get_size(typ, index):
    if index == 2 and type_check.eval(typ.ndim) == 2:
        return 1
    return typ.shape[index]


def batch_matmul(a, b, transa=False, transb=False):
    """Deprecated batched matmul of float32 2-D/3-D arrays (a 2-D operand
    is a batch of column vectors).  Use :func:`matmul`."""
    warnings.warn('batch_matmul is deprecated. Use matmul instead.',
                  DeprecationWarning)
    at = _f.tensor(a)
    bt = _f.tensor(b)

    def fn(in_types):
        a_type, b_type = in_types
        type_check.expect(
            a_type.dtype == _F32,
            b_type.dtype == _F32
        )
        for t_ in (a_type, b_type):
            type_check.expect(t_.ndim >= 2, t_.ndim <= 3)
        a_idx = _get_check_index(transa, False, row_idx=1, col_idx=2)
        b_idx = _get_check_index(transb, True, row_idx=1, col_idx=2)
        type_check.expect(_get_size(a_type, a_idx) == _get_size(b_type, b_idx))
    _h.check('BatchMatMul', (at, bt), ('a', 'b'), fn)
    x = _h.np_reshape(at, tuple(at.shape[:2]) + (-1,))
    y = _h.np_reshape(bt, tuple(bt.shape[:2]) + (-1,))
    if transa:
        x = x.transpose(-1, -2)
    if transb:
        y = y.transpose(-1, -2)
    return _f.output(torch.matmul(x, y), 'BatchMatMul', (a, b))


_F32 = numpy.float32

