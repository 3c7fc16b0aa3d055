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
    if (xt.numel() and wt.numel() and sy >= 1 and sx >= 1
            and (oh - 1) * sy + kh <= xt.shape[2]
            and (ow - 1) * sx + kw <= xt.shape[3]):
        col = xt.unfold(2, kh, sy).unfold(3, kw, sx)[:, :, :oh, :ow]
        y = torch.einsum('ncijuv,oijcuv->noij', col, wt.to(xt.dtype))
    else:
        y = _local_conv_windows(xt, wt.to(xt.dtype), sy, sx)
    if b is not None:
        y = y + ts[2][None]
    return _f.output(y.to(xt.dtype), 'LocalConvolution2DFunction', inputs)


def _local_conv_windows(xt, wt, sy, sx):
    # Chainer's loop over the output positions, window by window, with
    # Python's slice rules: windows cut by the border, 0-size inputs and
    # non-positive strides behave (reshape / broadcast errors included) as
    # there.
    n, _, h, w = xt.shape
    out_c, oh, ow = wt.shape[:3]
    fd = wt.shape[3] * wt.shape[4] * wt.shape[5]
    kh, kw = wt.shape[4:]
    ys = [range(*slice(i * sy, i * sy + kh).indices(h)) for i in range(oh)]
    xs = [range(*slice(j * sx, j * sx + kw).indices(w)) for j in range(ow)]
    rows = []
    for i in range(oh):
        cols = []
        for j in range(ow):
            win = xt.narrow(2, ys[i].start, len(ys[i])).narrow(
                3, xs[j].start, len(xs[j]))
            size = win.numel()
            if fd == 0 or size % fd:
                raise ValueError('cannot reshape array of size {} into '
                                 'shape ({})'.format(size, fd))
            m = size // fd
            r = torch.matmul(win.reshape(m, fd),
                             wt[:, i, j].reshape(out_c, fd).t())
            if m not in (1, n):
                raise ValueError(
                    'could not broadcast input array from shape ({},{}) '
                    'into shape ({},{})'.format(m, out_c, n, out_c))
            cols.append(r.expand(n, out_c))
        if cols:
            rows.append(torch.stack(cols, -1))
        else:
            rows.append(xt.new_zeros((n, out_c, 0)))
    if rows and all(r.numel() for r in rows):
        return torch.stack(rows, -2)
    # an empty output: keep it in the graph (zero gradients)
    return _util.zeros_linked((n, out_c, oh, ow), xt, wt)


class LocalConvolution2DFunction(_util._NodeLike):
    """Node-style entry point
    (``LocalConvolution2DFunction(stride).apply(xs)``)."""

    _label = 'LocalConvolution2DFunction'

    def __init__(self, stride=1):
        self.sy, self.sx = _pair(stride)

    def _call(self, x, W, b=None):
        return local_convolution_2d(x, W, b, (self.sy, self.sx))
