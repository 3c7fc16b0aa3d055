"""``chainer.functions.unpooling_{1d,3d,nd}``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.functions.pooling import _pool
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import type_check
from chainer_compat.utils import conv_nd as _conv_nd


def _unpool(x, ndim, ksize, stride, pad, outsize, cover_all, label):
    if stride is None:
        stride = ksize
    if label != 'Unpooling2D' and ndim <= 0:
        raise ValueError(
            'pooling operation requires at least one spatial dimension.')
    ksize = _pool.as_tuple(ksize, ndim)
    stride = _pool.as_tuple(stride, ndim)
    pad = _pool.as_tuple(pad, ndim)
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        x_type = in_types[0]
        type_check.expect(x_type.dtype.kind == 'f',
                          x_type.ndim == 2 + ndim)
        if outsize is not None:
            if label == 'Unpooling2D':
                for i, ax in enumerate((2, 3)):
                    if outsize[i] is None:
                        continue
                    exp = get_conv_outsize(outsize[i], ksize[i], stride[i],
                                           pad[i], cover_all=cover_all)
                    type_check.expect(x_type.shape[ax] == exp)
            else:
                exp = tuple(get_conv_outsize(o, k, s, p, cover_all=cover_all)
                            for o, k, s, p in zip(outsize, ksize, stride,
                                                  pad))
                type_check.expect(x_type.shape[2:] == exp)
    _util.check(label, (t,), body)
    outs = _pool.deconv_outs(t.shape[2:], ksize, stride, pad, cover_all)
    if outsize is not None:
        outs = tuple(d if o is None else o for o, d in zip(outsize, outs))
    if label == 'Unpooling2D' and _int_scale(t, ksize, stride, pad, outs):
        y = _int_scale_forward(t, ksize, pad)
    else:
        # Chainer tiles ``x`` over the kernel offsets (numpy.tile rejects
        # a negative size) and adds the copies back with col2im.
        _pool.negative_dims_check(ksize)
        y = _pool.col2im(lambda kxs: t, t, ksize, stride, pad, outs)
    return _f.output(y, label, (x,))


def _int_scale(t, ksize, stride, pad, outs):
    """Chainer's Unpooling2D test for its integer-scale fast path (the same
    expression, so that ``h == ph`` divides by zero as there)."""
    h, w = t.shape[2:]
    (kh, kw), (sy, sx), (ph, pw), (outh, outw) = ksize, stride, pad, outs
    return bool(outh % (h - ph) == 0 and
                outw % (w - pw) == 0 and
                outh // (h - ph) == kh and
                outw // (w - pw) == kw and
                ph % 2 == 0 and pw % 2 == 0 and
                sx == kh and sy == kw)


def _int_scale_forward(t, ksize, pad):
    """Chainer's integer-scale Unpooling2D: each pixel of the
    ``(h - ph) x (w - pw)`` block starting at ``(ph // 2, pw // 2)`` is
    repeated ``kh x kw`` times (which differs from col2im where
    ``ph > 0``)."""
    b, c, h, w = t.shape
    (kh, kw), (ph, pw) = ksize, pad
    _pool.negative_dims_check((h - ph, kh, w - pw, kw))
    r0 = c0 = 0
    if ph > 0 or pw > 0:
        r0 = slice(ph // 2, -ph // 2).indices(h)[0]
        c0 = slice(pw // 2, -pw // 2).indices(w)[0]
    shape = (b, c, kh * (h - ph), kw * (w - pw))
    if r0 + h - ph > h or c0 + w - pw > w:
        if b * c * shape[2] * shape[3]:
            raise NotImplementedError(
                'chainer.functions.unpooling_2d: with a negative even pad '
                'and an integer scale Chainer reads outside the input '
                '(undefined values); see D-380 in docs/divergences.md')
        return t.new_zeros(shape) + _pool.zero_of(t)
    y = t[:, :, r0:r0 + h - ph, c0:c0 + w - pw]
    return y.repeat_interleave(kh, 2).repeat_interleave(kw, 3)


def unpooling_nd(x, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.unpooling_nd`: the
    transpose of sum pooling (each input value is copied to every position
    of its window; overlaps add)."""
    ndim = len(x.shape[2:])
    return _unpool(x, ndim, ksize, stride, pad, outsize, cover_all,
                   'UnpoolingND')


def _check_ndim(x, n):
    _conv_nd._check_spatial_ndim(x.shape, n)


def unpooling_1d(x, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.unpooling_1d`."""
    _check_ndim(x, 1)
    return unpooling_nd(x, ksize, stride, pad, outsize, cover_all)


def unpooling_3d(x, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.unpooling_3d`."""
    _check_ndim(x, 3)
    return unpooling_nd(x, ksize, stride, pad, outsize, cover_all)
