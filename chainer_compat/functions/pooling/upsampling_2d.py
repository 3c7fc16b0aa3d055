"""``chainer.functions.upsampling_2d``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.functions.pooling import _pool
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import get_deconv_outsize
from chainer_compat.utils import type_check


def _window_positions(ind, n_rows, K):
    """Chainer's ``up_y[numpy.arange(N), indexes.ravel()] = x.ravel()``
    on the ``(n_rows, K)`` window table, with numpy's indexing rules: the
    (row, column) pairs to write the flat ``x`` to, or numpy's
    IndexError."""
    flat = ind.reshape(-1)
    N = flat.shape[0]
    rows = torch.arange(N, device=ind.device)
    if flat.dtype == torch.bool:
        # a boolean index selects the columns where it is True
        if N != K:
            raise IndexError(
                'boolean index did not match indexed array along dimension '
                '1; dimension is {} but corresponding boolean dimension is '
                '{}'.format(K, N))
        cols = flat.nonzero().reshape(-1)
        m = cols.shape[0]
        if not (m == N or m == 1 or N == 1):
            raise IndexError(
                'shape mismatch: indexing arrays could not be broadcast '
                'together with shapes ({},) ({},)'.format(N, m))
        rows, cols = torch.broadcast_tensors(rows, cols)
    elif flat.dtype.is_floating_point or flat.dtype.is_complex:
        raise IndexError('arrays used as indices must be of integer (or '
                         'boolean) type')
    else:
        cols = flat.to(torch.int64)
    if rows.numel():
        if N > n_rows:
            raise IndexError('index {} is out of bounds for axis 0 with size '
                             '{}'.format(n_rows, n_rows))
        bad = (cols >= K) | (cols < -K)
        if bool(bad.any()):
            raise IndexError('index {} is out of bounds for axis 1 with size '
                             '{}'.format(int(cols[bad][0]), K))
        cols = torch.where(cols < 0, cols + K, cols)
    return rows, cols


def upsampling_2d(
        x, indexes, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.upsampling_2d`: puts each
    value at the position ``indexes`` (from ``max_pooling_2d(...,
    return_indices=True)``) inside its window; the rest is zero.

    As Chainer's CPU kernel: the window table of the output is built with
    ``im2col`` geometry, filled by numpy-style integer indexing, and
    folded back with ``col2im`` (so numpy's errors for bad indexes, negative
    paddings or sizes come out as there)."""
    if stride is None:
        stride = ksize
    ksize = _pool.as_tuple(ksize, 2)
    stride = _pool.as_tuple(stride, 2)
    pad = _pool.as_tuple(pad, 2)
    t = _f.tensor(x)
    ind = _util.index_tensor(indexes, t)
    outh, outw = (None, None) if outsize is None else outsize

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        x_type = in_types[0]
        type_check.expect(x_type.dtype.kind == 'f', x_type.ndim == 4,
                          x_type.shape == tuple(ind.shape))
        if outh is not None:
            type_check.expect(x_type.shape[2] == get_conv_outsize(
                outh, ksize[0], stride[0], pad[0], cover_all=cover_all))
        if outw is not None:
            type_check.expect(x_type.shape[3] == get_conv_outsize(
                outw, ksize[1], stride[1], pad[1], cover_all=cover_all))
    _util.check('Upsampling2D', (t,), body)
    n, c, h, w = t.shape
    (kh, kw), (sy, sx), (ph, pw) = ksize, stride, pad
    if outh is None:
        outh = get_deconv_outsize(h, kh, sy, ph, cover_all=cover_all)
    if outw is None:
        outw = get_deconv_outsize(w, kw, sx, pw, cover_all=cover_all)
    _pool.negative_dims_check((outh, outw))
    colh, colw = _pool.im2col_geometry((outh, outw), ksize, stride, pad,
                                       cover_all, False)
    K = kh * kw
    n_rows = n * c * colh * colw
    if K == 0:
        raise ValueError('cannot reshape array of size 0 into shape '
                         '(newaxis,0)')
    rows, cols = _window_positions(ind, n_rows, K)
    vals = t.reshape(-1)
    if rows.shape[0] != vals.shape[0]:
        vals = vals.expand(rows.shape)
    table = t.new_zeros((n_rows, K)).index_put((rows, cols), vals)
    table = table.reshape(n, c, colh, colw, kh, kw)
    y = _pool.col2im(lambda kxs: table[:, :, :, :, kxs[0], kxs[1]], t,
                     ksize, stride, pad, (outh, outw))
    return _f.output(y, 'Upsampling2D', (x,))
