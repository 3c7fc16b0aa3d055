"""``chainer.functions.deconvolution_nd`` (and the 1-d / 3-d variants)."""
import itertools

import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check
from chainer_compat.utils import conv_nd as _conv_nd


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
    if nd_label:
        # DeconvolutionND._set_cover_all (a short-circuiting any()): a zero
        # stride fails its get_conv_outsize
        for i in range(ndim):
            if xt.shape[2 + i] != _util.conv_outsize(
                    outs[i], ksize[i], stride[i], pad[i], d=dilate[i]):
                break
    if wt.dtype != xt.dtype:
        wt = wt.to(xt.dtype)
    if bt is not None and bt.dtype != xt.dtype:
        bt = bt.to(xt.dtype)
    yc = wt.shape[1] * groups
    if (xt.numel() == 0 or wt.numel() == 0 or any(p < 0 for p in pad)
            or any(s < 1 for s in stride)):
        # torch's transposed convolutions reject these: run Chainer's CPU
        # algorithm (numpy slicing rules, incl. its errors) instead
        y = _col2im_like_chainer(xt, wt, stride, pad, outs, dilate, groups)
        _check_bias(bt, yc, groups, tuple(y.shape), nd_label)
        if bt is not None:
            y = y + bt.reshape((1, bt.shape[0]) + (1,) * ndim)
    else:
        _check_bias(bt, yc, groups, (xt.shape[0], yc) + tuple(outs),
                    nd_label)
        y = _util.deconv_core(xt, wt, bt, stride, pad, outs, dilate, groups)
    return _f.output(y, label, (x, W) if b is None else (x, W, b))


def _shape_str(shape):
    return '(' + ','.join(str(v) for v in shape) + ')'


def _check_bias(bt, yc, groups, y_shape, nd_label):
    """Chainer adds the bias in place (``y += b.reshape(...)``) without a
    shape check: numpy's reshape / broadcasting errors (DeconvolutionND's
    grouped path reshapes to ``(1, yC, ...)``, the others to
    ``(1, b.size, ...)``)."""
    if bt is None:
        return
    nb = bt.shape[0]
    b_shape = (1, nb) + (1,) * (len(y_shape) - 2)
    if nd_label and groups > 1 and nb != yc:
        raise ValueError('cannot reshape array of size {} into shape {}'
                         .format(nb, _shape_str((1, yc) + b_shape[2:])))
    if nb == yc or nb == 1:
        return
    if yc == 1:
        raise ValueError(
            'non-broadcastable output operand with shape {} doesn\'t match '
            'the broadcast shape {}'.format(
                _shape_str(y_shape),
                _shape_str(y_shape[:1] + (nb,) + y_shape[2:])))
    raise ValueError(
        'operands could not be broadcast together with shapes {} {} '.format(
            _shape_str(y_shape), _shape_str(b_shape)))


def _prod(shape):
    n = 1
    for v in shape:
        n *= v
    return n


def _col2im_like_chainer(xt, wt, stride, pad, outs, dilate, groups):
    """Chainer's CPU deconvolution: ``tensordot(W, x)`` patches summed into
    the image with ``col2im_nd_cpu``'s numpy slices (a padded image of
    ``out + 2p + s - 1``, windows ``k*d : k*d + s*in : s``, then the crop
    ``p : out + p``), with numpy's slicing/broadcasting rules and errors.
    Used where torch's kernels refuse: negative pads, non-positive strides,
    0-size inputs."""
    n, xc = xt.shape[:2]
    ins = tuple(xt.shape[2:])
    ksize = tuple(wt.shape[2:])
    G = groups
    ycg = wt.shape[1]
    yc = ycg * G
    dtype = xt.dtype
    if not _util._half_ok(xt):
        xt = xt.float()
        wt = wt.float()
    xr = xt.reshape(n, G, xc // G, _prod(ins))
    wr = wt.reshape(G, xc // G, ycg * _prod(ksize))
    col = torch.einsum('ngcx,gcm->ngmx', xr, wr).reshape(
        (n, yc) + ksize + ins)
    img_shape = tuple(o + 2 * p + s - 1
                      for o, p, s in zip(outs, pad, stride))
    if any(v < 0 for v in img_shape):
        raise ValueError('negative dimensions are not allowed')
    img = _util.zeros_linked((n, yc, _prod(img_shape)), col)
    dev = col.device
    for kxs in itertools.product(*[range(k) for k in ksize]):
        idx = []
        for kx, di, s, size in zip(kxs, dilate, stride, img_shape):
            if s == 0:
                raise ValueError('slice step cannot be zero')
            start = kx * di
            idx.append(range(*slice(start, start + s * ins[len(idx)],
                                    s).indices(size)))
        lens = tuple(len(r) for r in idx)
        if any(o != ln and o != 1 for o, ln in zip(ins, lens)):
            dst = (n, yc) + lens
            if all(o == ln or o == 1 or ln == 1 for o, ln in zip(ins, lens)):
                raise ValueError(
                    'non-broadcastable output operand with shape {} '
                    'doesn\'t match the broadcast shape {}'.format(
                        _shape_str(dst), _shape_str((n, yc) + tuple(
                            max(o, ln) for o, ln in zip(ins, lens)))))
            raise ValueError(
                'operands could not be broadcast together with shapes {} {} '
                .format(_shape_str(dst), _shape_str((n, yc) + ins)))
        if 0 in lens or n * yc == 0:
            continue
        flat = torch.zeros((), dtype=torch.int64, device=dev)
        for r, size in zip(idx, img_shape):
            flat = flat[..., None] * size + torch.tensor(
                list(r), dtype=torch.int64, device=dev)
        piece = col[(slice(None), slice(None)) + kxs].expand((n, yc) + lens)
        img = img.index_add(2, flat.reshape(_prod(lens)),
                            piece.reshape(n, yc, _prod(lens)))
    img = img.reshape((n, yc) + img_shape)
    for i, (p, o) in enumerate(zip(pad, outs)):
        r = range(*slice(p, o + p).indices(img_shape[i]))
        img = img.narrow(2 + i, r.start, len(r))
    return img.to(dtype)


def _check_ndim(x, n):
    _conv_nd._check_spatial_ndim(_f.tensor(x).shape, n)


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
