"""``chainer.functions.im2col``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import type_check


def _im2col(t, kh, kw, sy, sx, ph, pw, cover_all, dy=1, dx=1, pval=0.):
    """``(n, c, h, w)`` -> ``(n, c, kh, kw, out_h, out_w)`` patches with
    Chainer's padding (cover_all adds ``s - 1`` at the bottom/right)."""
    n, c, h, w = t.shape
    out_h = get_conv_outsize(h, kh, sy, ph, cover_all, dy)
    out_w = get_conv_outsize(w, kw, sx, pw, cover_all, dx)
    if out_h <= 0 or out_w <= 0:
        raise ValueError('Height and width of the output must be positive '
                         '(got {} x {})'.format(out_h, out_w))
    dkh = (kh - 1) * dy + 1
    dkw = (kw - 1) * dx + 1
    # pad enough on the far side for every window
    bot = max(0, sy * (out_h - 1) + dkh - h - ph)
    right = max(0, sx * (out_w - 1) + dkw - w - pw)
    xp = torch.nn.functional.pad(t, (pw, right, ph, bot), value=pval)
    # windows: (n, c, out_h, out_w, dkh, dkw)
    win = xp.unfold(2, dkh, sy).unfold(3, dkw, sx)
    win = win[:, :, :out_h, :out_w, ::dy, ::dx]
    return win.permute(0, 1, 4, 5, 2, 3)


def im2col(x, ksize, stride=1, pad=0, cover_all=False, dilate=1):
    """Chainer-compatible :func:`chainer.functions.im2col`:
    ``(n, c, h, w) -> (n, c*kh*kw, out_h, out_w)``."""
    kh, kw = _util.pair(ksize)
    sy, sx = _util.pair(stride)
    ph, pw = _util.pair(pad)
    dy, dx = _util.pair(dilate)
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f',
                          in_types[0].ndim == 4)
    _util.check('Im2Col', (t,), body, ('x',))
    cols = _im2col(t, kh, kw, sy, sx, ph, pw, cover_all, dy, dx)
    n, c, _, _, oh, ow = cols.shape
    return _f.output(cols.reshape(n, c * kh * kw, oh, ow), 'Im2Col', (x,))
