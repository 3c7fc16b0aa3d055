"""``chainer.functions.convolution_nd`` (and the 1-d / 3-d variants)."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check
from chainer_compat.utils import conv_nd as _conv_nd


def convolution_nd(x, W, b=None, stride=1, pad=0, cover_all=False,
                   dilate=1, groups=1):
    """N-dimensional convolution with Chainer's semantics.

    ``W`` is ``(out_channels, in_channels / groups, k_1, ..., k_N)``.
    """
    ndim = len(_f.tensor(x).shape[2:])
    return _convolution_nd(x, W, b, ndim, stride, pad, cover_all, dilate,
                           groups)


def _convolution_nd(x, W, b, ndim, stride, pad, cover_all, dilate, groups):
    label = 'ConvolutionND'
    stride = _util.as_tuple(stride, ndim)
    pad = _util.as_tuple(pad, ndim)
    dilate = _util.as_tuple(dilate, ndim)
    xt = _f.tensor(x)
    wt = _f.tensor(W)
    bt = None if b is None else _f.tensor(b)
    arrays = (xt, wt) if bt is None else (xt, wt, bt)

    def body(in_types):
        n_in = in_types.size()
        type_check.expect(2 <= n_in, n_in <= 3)
        x_type, w_type = in_types[:2]
        type_check.expect(
            x_type.dtype.kind == 'f',
            w_type.dtype.kind == 'f',
            x_type.ndim == ndim + 2,
            w_type.ndim == ndim + 2,
        )
        if type_check.eval(n_in) == 3:
            b_type = in_types[2]
            type_check.expect(
                b_type.dtype.kind == 'f',
                b_type.ndim == 1,
                b_type.shape[0] == w_type.shape[0],
            )
    _util.check(label, arrays, body)
    if groups > 1:
        if xt.shape[1] % groups != 0:
            raise TypeError('The number of groups must be '
                            'a divisor of that of input channels')
        if wt.shape[0] % groups != 0:
            raise TypeError('The number of groups must be '
                            'a divisor of that of output channels')
    # Chainer's order: im2col (output sizes, numpy.pad), then tensordot
    for i in range(ndim):
        if _util.conv_outsize(xt.shape[2 + i], wt.shape[2 + i], stride[i],
                              pad[i], cover_all, dilate[i]) <= 0:
            raise AssertionError('Output sizes should be positive.')
    if not xt.is_cuda:
        _util.check_im2col_pad(stride, pad)
    if xt.shape[1] != wt.shape[1] * groups:
        raise ValueError('shape-mismatch for sum')  # numpy.tensordot's error
    if wt.dtype != xt.dtype:
        wt = wt.to(xt.dtype)
    if bt is not None and bt.dtype != xt.dtype:
        bt = bt.to(xt.dtype)
    y = _util.conv_core(xt, wt, bt, stride, pad, cover_all, dilate, groups)
    return _f.output(y, label, (x, W) if b is None else (x, W, b))


def _check_ndim(x, n):
    _conv_nd._check_spatial_ndim(_f.tensor(x).shape, n)


def convolution_1d(x, W, b=None, stride=1, pad=0, cover_all=False,
                   dilate=1, groups=1):
    """1-dimensional convolution (``convolution_nd`` with N = 1)."""
    _check_ndim(x, 1)
    return convolution_nd(x, W, b, stride, pad, cover_all, dilate, groups)


def convolution_3d(x, W, b=None, stride=1, pad=0, cover_all=False,
                   dilate=1, groups=1):
    """3-dimensional convolution (``convolution_nd`` with N = 3)."""
    _check_ndim(x, 3)
    return convolution_nd(x, W, b, stride, pad, cover_all, dilate, groups)
