"""``chainer.functions.shift``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def _pair(x):
    if hasattr(x, '__getitem__'):
        return x
    return x, x


def shift(x, ksize=3, dilate=1):
    """Shift operation (Wu et al. 2017): channel groups are shifted to the
    ``kh * kw`` neighbour offsets (the centre group placed last)."""
    kh, kw = _pair(ksize)
    if kh % 2 != 1:
        raise ValueError('kh must be odd')
    if kw % 2 != 1:
        raise ValueError('kw must be odd')
    dy, dx = _pair(dilate)
    xt = _f.tensor(x)

    def body(in_types):
        x_type = in_types[0]
        type_check.expect(
            x_type.dtype.kind == 'f',
            x_type.ndim == 4,
            x_type.shape[1] >= kh * kw,
        )
    _util.check('Shift', (xt,), body, names=('x',))
    _, c, h, w = xt.shape
    py = kh // 2 * abs(dy)
    px = kw // 2 * abs(dx)
    if py < 0 or px < 0:        # (a negative odd ksize; numpy.pad's error)
        raise ValueError("index can't contain negative values")
    xp_ = torch.nn.functional.pad(xt, (px, px, py, py))
    n_groups = kh * kw
    group_size = c // n_groups
    ret = []
    for i in range(n_groups):
        g = i
        if g == (n_groups - 1) // 2:
            g = n_groups - 1
        elif g == n_groups - 1:
            g = (n_groups - 1) // 2
        # (as Chainer: ``dilate=0`` divides by zero here)
        ky = g // kw - py // abs(dy)
        kx = g % kw - px // abs(dx)
        hs = py - ky * dy
        ws = px - kx * dx
        cs = i * group_size
        ce = (i + 1) * group_size if i < n_groups - 1 else c
        ret.append(xp_[:, cs:ce, hs:hs + h, ws:ws + w])
    return _f.output(torch.cat(ret, dim=1), 'Shift', (x,))
