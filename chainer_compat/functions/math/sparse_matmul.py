"""``chainer.functions.sparse_matmul``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _is_coo(x):
    return (not _f.is_variable(x) and not isinstance(x, numpy.ndarray) and
            not isinstance(x, torch.Tensor) and
            all(hasattr(x, k) for k in ('data', 'row', 'col', 'shape')))


def _is_dense(x):
    return _f.is_variable(x) or isinstance(x, (numpy.ndarray, torch.Tensor))


def _densify(data, row, col, shape):
    """COO (optionally batched, -1 = padding) -> dense, differentiable in
    ``data``; duplicate entries are summed."""
    if data.dim() == 1:
        data, row, col = data[None], row[None], col[None]
        squeeze = True
    else:
        squeeze = False
    nb = data.shape[0]
    valid = (row >= 0) & (col >= 0)
    bidx = torch.arange(nb, device=data.device)[:, None].expand_as(row)
    dense = torch.zeros((nb,) + tuple(shape), dtype=data.dtype,
                        device=data.device)
    vals = torch.where(valid, data, torch.zeros_like(data))
    dense = dense.index_put(
        (bidx[valid], row[valid].long(), col[valid].long()), vals[valid],
        accumulate=True)
    return dense[0] if squeeze else dense


def _coo_matmul(sp_var, row, col, sp_shape, dn_var, transa, transb, transc,
                dtype=None):
    data = _f.tensor(sp_var)
    row = _f.tensor(row).to(data.device)
    col = _f.tensor(col).to(data.device)
    sp_shape = tuple(sp_shape)
    dt = _f.tensor(dn_var)
    sp_k = -2 if transa else -1
    dn_k = -1 if transb else -2

    def fn(in_types):
        sp_type, dn_type = in_types
        type_check.expect(
            sp_type.dtype.kind == 'f',
            dn_type.dtype.kind == 'f',
            dn_type.ndim >= 2,
            dn_type.ndim <= 3,
            sp_type.ndim == dn_type.ndim - 1,
            sp_type.shape[-1] == row.shape[-1],
            sp_shape[sp_k] == dn_type.shape[dn_k],
        )
        if type_check.eval(dn_type.ndim) == 3:
            type_check.expect(
                sp_type.shape[0] == row.shape[0],
                dn_type.shape[0] == row.shape[0],
            )
    _h.check('CooMatMul', (data, dt), ('sp', 'dn'), fn)
    res = torch.promote_types(data.dtype, dt.dtype)
    A = _densify(data.to(res), row, col, sp_shape)
    if transa:
        A = A.transpose(-1, -2)
    B = dt.to(res)
    if transb:
        B = B.transpose(-1, -2)
    C = torch.matmul(A, B)
    if transc:
        C = C.transpose(-1, -2)
    if dtype is not None:
        C = C.to(_f.tensor(numpy.zeros((), dtype)).dtype)
    return _f.output(C, 'CooMatMul', (sp_var, dn_var))


class CooMatMul(object):
    """Chainer's ``CooMatMul`` node, reduced to its ``apply`` interface:
    ``CooMatMul(row, col, shape, order, transa, transb, transc).apply(
    (sp_data, dense))`` returns a 1-tuple (see D-202/D-203)."""

    def __init__(self, sp_row, sp_col, sp_shape, sp_order='other',
                 transa=False, transb=False, transc=False, dtype=None):
        if sp_row.ndim != sp_col.ndim:
            raise ValueError('ndim of sp_row and sp_col must be the same.')
        if sp_row.ndim != 1 and sp_row.ndim != 2:
            raise ValueError('ndim of sp_row and sp_col must be one or two.')
        for i in range(sp_row.ndim):
            if sp_row.shape[i] != sp_col.shape[i]:
                msg = 'shape of sp_row and sp_col must be the same.'
                raise ValueError(msg)
        if len(sp_shape) != 2:
            raise ValueError('len(sp_shape) must be two.')
        self.sp_row = sp_row
        self.sp_col = sp_col
        self.sp_shape = sp_shape
        self.sp_order = sp_order
        self.transa = transa
        self.transb = transb
        self.transc = transc
        self.dtype = dtype

    @property
    def label(self):
        return 'CooMatMul'

    def apply(self, inputs):
        sp, dn = inputs
        return (_coo_matmul(sp, self.sp_row, self.sp_col, self.sp_shape, dn,
                            self.transa, self.transb, self.transc,
                            self.dtype),)


def sparse_matmul(a, b, transa=False, transb=False):
    """Batched product of a COO sparse matrix (``chainer.utils.CooMatrix``)
    and a dense array (either order): ``C = A B`` or ``C = A^T B`` etc.
    Computed by densifying the sparse operand (gradients flow to its
    ``data`` Variable and to the dense operand).
    """
    if _is_coo(a) and _is_dense(b):
        return _coo_matmul(a.data, a.row, a.col, a.shape, b, transa, transb,
                           False)
    if _is_dense(a) and _is_coo(b):
        return _coo_matmul(b.data, b.row, b.col, b.shape, a, not transb,
                           not transa, True)
    msg = 'This combination of type of inputs is not supported.\n'
    msg += '    a: {}\n'.format(type(a))
    msg += '    b: {}\n'.format(type(b))
    raise ValueError(msg)
