"""COO sparse matrices (``chainer.utils.sparse``)."""
import numpy

import chainer_compat
from chainer_compat import backend


def _add_at(xp, x, row, col, data):
    # Scatter-add the entries up to the last non-zero one (trailing padding
    # entries have row/col -1 and zero data).
    assert data.size > 0
    last_nz = data.size - (data != 0)[::-1].argmax()
    index = (row[:last_nz], col[:last_nz])
    if xp is numpy:
        numpy.add.at(x, index, data[:last_nz])
    else:  # pragma: no cover - needs cupy
        import cupyx
        cupyx.scatter_add(x, index, data[:last_nz])


class CooMatrix(object):

    """A sparse matrix (or a batch of them) in COO format (Chainer API).

    Args:
        data: entries (1-d, or 2-d for a batch); wrapped in a Variable.
        row, col: row/column indices of the entries (-1 for padding).
        shape (tuple of int): dense shape ``(rows, cols)``.
        order ('C', 'F', 'other' or None): index order hint; detected
            with :func:`get_order` when ``None``.
        requires_grad (bool): whether ``data`` requires a gradient.
    """

    def __init__(self, data, row, col, shape, order=None,
                 requires_grad=False):
        if not (1 <= data.ndim <= 2):
            raise ValueError('ndim of data must be 1 or 2.')
        if not (data.ndim == row.ndim == col.ndim):
            raise ValueError('ndim of data, row and col must be the same.')
        if len(shape) != 2:
            raise ValueError('length of shape must be 2.')
        if not (shape[0] > 0 and shape[1] > 0):
            raise ValueError('numbers in shape must be greater than 0.')
        if order not in ('C', 'F', 'other', None):
            raise ValueError('order must be \'C\', \'F\', \'other\' or None.')
        self.data = chainer_compat.Variable(data, requires_grad=requires_grad)
        self.row = row
        self.col = col
        self.shape = shape
        self.order = get_order(row, col) if order is None else order

    def to_dense(self):
        """Returns the dense array of this matrix (or batch)."""
        data = self.data
        if data.ndim == 1:
            shape = self.shape
        else:
            shape = (data.shape[0],) + tuple(self.shape)
        xp = data.xp
        x = xp.zeros(shape, dtype=data.dtype)
        if data.size > 0:
            arr = data.array
            if arr.ndim == 1:
                _add_at(xp, x, self.row, self.col, arr)
            else:
                for i in range(arr.shape[0]):
                    _add_at(xp, x[i], self.row[i], self.col[i], arr[i])
        return x


def to_coo(x, ldnz=None, requires_grad=False):
    """Converts a dense matrix (2-d) or batch of matrices (3-d) to a
    :class:`CooMatrix`; ``ldnz`` pads the entry arrays to at least that
    length (padding indices are -1)."""
    xp = backend.get_array_module(x)
    if x.ndim == 2:
        nz_row, nz_col = xp.where(x != 0)
        nnz = len(nz_row)
        if ldnz is None or ldnz < nnz:
            ldnz = nnz
        data = xp.zeros((ldnz,), dtype=x.dtype)
        row = xp.full((ldnz,), -1, dtype=xp.int32)
        col = xp.full((ldnz,), -1, dtype=xp.int32)
        data[:nnz] = x[nz_row, nz_col]
        row[:nnz] = xp.array(nz_row).astype(xp.int32)
        col[:nnz] = xp.array(nz_col).astype(xp.int32)
        return CooMatrix(data, row, col, x.shape,
                         requires_grad=requires_grad)
    if x.ndim == 3:
        nb = x.shape[0]
        ldnz = 0 if ldnz is None else ldnz
        for i in range(nb):
            ldnz = max(ldnz, len(xp.where(x[i] != 0)[0]))
        data = xp.empty((nb, ldnz), dtype=x.dtype)
        row = xp.empty((nb, ldnz), dtype=xp.int32)
        col = xp.empty((nb, ldnz), dtype=xp.int32)
        for i in range(nb):
            coo = to_coo(x[i], ldnz)
            data[i] = coo.data.data
            row[i] = coo.row
            col[i] = coo.col
        return CooMatrix(data, row, col, x.shape[1:],
                         requires_grad=requires_grad)
    raise ValueError('ndim of x must be 2 or 3.')


def get_order(row, col):
    """'C' if the row indices are sorted (then columns within a row), 'F'
    for the transposed condition, 'other' otherwise."""
    if _is_c_order(row, col):
        return 'C'
    if _is_c_order(col, row):
        return 'F'
    return 'other'


def _is_c_order(row, col):
    if row.shape != col.shape:
        raise ValueError('shape of row and col must be the same.')
    if row.ndim != 1:
        return all(_is_c_order(row[i], col[i]) for i in range(row.shape[0]))
    xp = backend.get_array_module(row)
    valid_row = row[col >= 0]
    valid_col = col[row >= 0]
    if valid_row[valid_row < 0].size > 0 or valid_col[valid_col < 0].size:
        raise ValueError('invalid index combination of row and col.')
    if valid_row.shape[0] <= 1:
        return True
    row_diff = xp.zeros(valid_row.shape, dtype=valid_row.dtype)
    row_diff[1:] = valid_row[1:] - valid_row[:-1]
    if xp.amin(row_diff) < 0:
        return False
    col_diff = xp.zeros(valid_col.shape, dtype=valid_col.dtype)
    col_diff[1:] = valid_col[1:] - valid_col[:-1]
    col_diff[row_diff > 0] = 0
    return xp.amin(col_diff) >= 0
