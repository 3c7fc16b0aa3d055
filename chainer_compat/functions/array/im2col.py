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
    assert out_h > 0, 'Height in the output should be positive.'
    out_w = get_conv_outsize(w, kw, sx, pw, cover_all, dx)
    assert out_w > 0, 'Width in the output should be positive.'
    if min(sy, sx, dy, dx, kh, kw) < 1 or min(ph, pw) < 0:
        return _im2col_slices(t, kh, kw, sy, sx, ph, pw, dy, dx, pval,
                              out_h, out_w)
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


def _shape_str(shape):
    return '(' + ','.join(str(v) for v in shape) + ')'


def _im2col_slices(t, kh, kw, sy, sx, ph, pw, dy, dx, pval, out_h, out_w):
    # Chainer's im2col_cpu step by step, with numpy's rules (and errors) for
    # the parameters the unfold path cannot take: non-positive strides,
    # dilations or kernel sizes, negative pads.
    n, c, h, w = t.shape
    if min(ph, ph + sy - 1, pw, pw + sx - 1) < 0:
        raise ValueError("index can't contain negative values")  # numpy.pad
    if kh < 0 or kw < 0:
        raise ValueError('negative dimensions are not allowed')
    xp = torch.nn.functional.pad(t, (pw, pw + sx - 1, ph, ph + sy - 1),
                                 value=pval)
    ph_, pw_ = xp.shape[2:]
    dev = t.device
    rows = []
    for j in range(kh):
        cols = []
        for i in range(kw):
            ys = range(*slice(j * dy, j * dy + sy * out_h, sy).indices(ph_))
            xs = range(*slice(i * dx, i * dx + sx * out_w, sx).indices(pw_))
            if (len(ys) not in (1, out_h)) or (len(xs) not in (1, out_w)):
                raise ValueError(
                    'could not broadcast input array from shape {} into '
                    'shape {}'.format(_shape_str((n, c, len(ys), len(xs))),
                                      _shape_str((n, c, out_h, out_w))))
            patch = xp.index_select(2, torch.tensor(
                list(ys), dtype=torch.int64, device=dev))
            patch = patch.index_select(3, torch.tensor(
                list(xs), dtype=torch.int64, device=dev))
            cols.append(patch.expand(n, c, out_h, out_w))
        if cols:
            rows.append(torch.stack(cols, 2))
        else:
            rows.append(t.new_zeros((n, c, 0, out_h, out_w)))
    col = (torch.stack(rows, 2) if rows
           else t.new_zeros((n, c, 0, kw, out_h, out_w)))
    if t.requires_grad and not col.requires_grad:
        col = col + t.flatten()[:0].sum()   # empty, but in the graph
    return col


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
