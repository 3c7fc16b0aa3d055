"""``chainer.functions.upsampling_2d``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.functions.pooling import _pool
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import type_check


def upsampling_2d(
        x, indexes, ksize, stride=None, pad=0, outsize=None, cover_all=True):
    """Chainer-compatible :func:`chainer.functions.upsampling_2d`: puts each
    value at the position ``indexes`` (from ``max_pooling_2d(...,
    return_indices=True)``) inside its window; the rest is zero."""
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
    outs = _pool.deconv_outs(t.shape[2:], ksize, stride, pad, cover_all)
    outs = (outs[0] if outh is None else outh,
            outs[1] if outw is None else outw)
    y = _pool.scatter_windows(t, ksize, stride, pad, outs, local=ind)
    return _f.output(y, 'Upsampling2D', (x,))
