"""``chainer.functions.unpooling_{1d,3d,nd}``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.functions.pooling import _pool
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import type_check


def _unpool(x, ndim, ksize, stride, pad, outsize, cover_all, label):
    if stride is None:
        stride = ksize
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
    y = _pool.scatter_windows(t, ksize, stride, pad, outs)
    return _f.output(y, label, (x,))


def unpooling_nd(x, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.unpooling_nd`: the
    transpose of sum pooling (each input value is copied to every position
    of its window; overlaps add)."""
    ndim = len(x.shape[2:])
    return _unpool(x, ndim, ksize, stride, pad, outsize, cover_all,
                   'UnpoolingND')


def _check_ndim(x, n):
    if len(x.shape[2:]) != n:
        raise ValueError(
            'The number of dimensions under channel dimension of the input '
            '\'x\' should be {}. But the actual ndim was {}.'.format(
                n, len(x.shape[2:])))


def unpooling_1d(x, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.unpooling_1d`."""
    _check_ndim(x, 1)
    return unpooling_nd(x, ksize, stride, pad, outsize, cover_all)


def unpooling_3d(x, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.unpooling_3d`."""
    _check_ndim(x, 3)
    return unpooling_nd(x, ksize, stride, pad, outsize, cover_all)
