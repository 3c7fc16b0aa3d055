"""``chainer.functions.deconvolution_nd`` (and the 1-d / 3-d variants)."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def deconvolution_nd(x, W, b=None, stride=1, pad=0, outsize=None,
                     dilate=1, groups=1):
    """N-dimensional transposed convolution with Chainer's semantics.

    ``W`` is ``(in_channels, out_channels / groups, k_1, ..., k_N)``;
    ``outsize`` selects among the output sizes consistent with the input
    (torch's ``output_padding``).
    """
    ndim = len(_f.tensor(x).shape[2:])
    return _deconvolution(x, W, b, ndim, stride, pad, outsize, dilate,
                          groups, 'DeconvolutionND')


def _deconvolution(x, W, b, ndim, stride, pad, outsize, dilate, groups,
                   label):
    stride = _util.as_tuple(stride, ndim)
    pad = _util.as_tuple(pad, ndim)
    dilate = _util.as_tuple(dilate, ndim)
    if any(d < 1 for d in dilate):
        raise ValueError('Dilate should be positive, but {} is '
                         'supplied.'.format(dilate))
    if outsize is not None:
        outsize = tuple(outsize)
        assert len(outsize) == ndim
    xt = _f.tensor(x)
    wt = _f.tensor(W)
    bt = None if b is None else _f.tensor(b)
    arrays = (xt, wt) if bt is None else (xt, wt, bt)
    nd_label = label == 'DeconvolutionND'

    def body(in_types):
        n_in = in_types.size()
        type_check.expect(2 <= n_in, n_in <= 3)
        x_type, w_type = in_types[:2]
        type_check.expect(
            x_type.dtype.kind == 'f',
            w_type.dtype.kind == 'f',
            x_type.ndim == ndim + 2,
            w_type.ndim == ndim + 2,
            x_type.shape[1] == w_type.shape[0]
        )
        if outsize is not None:
            for i, (out, s, p, di) in enumerate(zip(
                    outsize, stride, pad, dilate)):
                if out is None:
                    continue
                lower_bound = _util.conv_outsize(
                    out, w_type.shape[i + 2], s, p, d=di)
                upper_bound = _util.conv_outsize(
                    out, w_type.shape[i + 2], s, p, cover_all=True, d=di)
                type_check.expect(
                    lower_bound <= x_type.shape[i + 2],
                    x_type.shape[i + 2] <= upper_bound)
        if type_check.eval(n_in) == 3:
            b_type = in_types[2]
            if nd_label:
                type_check.expect(b_type.dtype.kind == 'f',
                                  b_type.ndim == 1)
            else:
                type_check.expect(b_type.dtype == x_type.dtype,
                                  b_type.ndim == 1)
    _util.check(label, arrays, body)
    if groups > 1 and xt.shape[1] % groups != 0:
        raise TypeError('The number of groups must be '
                        'a divisor of that of input channels')
    ksize = wt.shape[2:]
    outs = []
    for i in range(ndim):
        o = None if outsize is None else outsize[i]
        if o is None:
            o = _util.deconv_outsize(xt.shape[2 + i], ksize[i], stride[i],
                                     pad[i], d=dilate[i])
            if o <= 0:
                if nd_label:
                    raise AssertionError('Output sizes should be positive.')
                raise RuntimeError('{} in the output must be positive.'.format(
                    ('Height', 'Width')[i]))
        outs.append(o)
    if wt.dtype != xt.dtype:
        wt = wt.to(xt.dtype)
    if bt is not None and bt.dtype != xt.dtype:
        bt = bt.to(xt.dtype)
    y = _util.deconv_core(xt, wt, bt, stride, pad, outs, dilate, groups)
    return _f.output(y, label, (x, W) if b is None else (x, W, b))


def _check_ndim(x, n):
    nd = len(_f.tensor(x).shape[2:])
    if nd != n:
        raise ValueError(
            'The number of dimensions under channel dimension of the input '
            '\'x\' should be {}. But the actual ndim was {}.'.format(n, nd))


def deconvolution_1d(x, W, b=None, stride=1, pad=0, outsize=None,
                     dilate=1, groups=1):
    """1-dimensional transposed convolution."""
    _check_ndim(x, 1)
    return deconvolution_nd(x, W, b, stride, pad, outsize, dilate, groups)


def deconvolution_3d(x, W, b=None, stride=1, pad=0, outsize=None,
                     dilate=1, groups=1):
    """3-dimensional transposed convolution."""
    _check_ndim(x, 3)
    return deconvolution_nd(x, W, b, stride, pad, outsize, dilate, groups)


class DeconvolutionND(_util._NodeLike):
    """Node-style entry point (``DeconvolutionND(ndim, ...).apply(xs)``)."""

    _label = 'DeconvolutionND'

    def __init__(self, ndim, stride=1, pad=0, outsize=None, dilate=1,
                 groups=1):
        self.ndim = ndim
        self.stride = _util.as_tuple(stride, ndim)
        self.pad = _util.as_tuple(pad, ndim)
        if outsize is not None:
            assert len(outsize) == ndim
        self.outs = outsize
        self.dilate = _util.as_tuple(dilate, ndim)
        self.groups = groups

    def _call(self, x, W, b=None):
        return _deconvolution(x, W, b, self.ndim, self.stride, self.pad,
                              self.outs, self.dilate, self.groups,
                              self._label)
