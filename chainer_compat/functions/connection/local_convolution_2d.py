"""``chainer.functions.local_convolution_2d``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def _pair(x):
    if hasattr(x, '__getitem__'):
        return x
    return x, x


def local_convolution_2d(x, W, b=None, stride=1):
    """Locally-connected 2-d convolution (unshared weights).

    ``W``: ``(out_c, out_h, out_w, in_c, kh, kw)``; ``b``:
    ``(out_c, out_h, out_w)``; no padding.
    """
    sy, sx = _pair(stride)
    inputs = (x, W) if b is None else (x, W, b)
    ts = [_f.tensor(v) for v in inputs]

    def body(in_types):
        n_in = in_types.size()
        type_check.expect(2 <= n_in, n_in <= 3)
        x_type, w_type = in_types[:2]
        type_check.expect(
            x_type.dtype.kind == 'f',
            w_type.dtype.kind == 'f',
            x_type.ndim == 4,
            w_type.ndim == 6,
            x_type.shape[1] == w_type.shape[3],
        )
        if type_check.eval(n_in) == 3:
            b_type = in_types[2]
            type_check.expect(
                b_type.dtype == x_type.dtype,
                b_type.ndim == 3,
                b_type.shape == w_type.shape[:3]
            )
    _util.check('LocalConvolution2DFunction', ts, body)
    xt, wt = ts[:2]
    oh, ow, kh, kw = wt.shape[1], wt.shape[2], wt.shape[4], wt.shape[5]
    col = xt.unfold(2, kh, sy).unfold(3, kw, sx)[:, :, :oh, :ow]
    y = torch.einsum('ncijuv,oijcuv->noij', col, wt.to(xt.dtype))
    if b is not None:
        y = y + ts[2][None]
    return _f.output(y.to(xt.dtype), 'LocalConvolution2DFunction', inputs)


class LocalConvolution2DFunction(_util._NodeLike):
    """Node-style entry point
    (``LocalConvolution2DFunction(stride).apply(xs)``)."""

    _label = 'LocalConvolution2DFunction'

    def __init__(self, stride=1):
        self.sy, self.sx = _pair(stride)

    def _call(self, x, W, b=None):
        return local_convolution_2d(x, W, b, (self.sy, self.sx))
