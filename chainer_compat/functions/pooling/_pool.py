"""Private pooling helpers: N-d windows with Chainer's geometry.

Chainer pools over ``im2col`` patches: the input is padded with ``pad``
(``-inf`` for max, 0 for average) on both sides and, with
``cover_all=True``, ``stride - 1`` more at the end; output sizes follow
:func:`chainer_compat.utils.get_conv_outsize`.  torch's native pooling
differs at the borders (``ceil_mode`` drops a window starting in the right
padding, ``pad <= k/2`` is required), so the native kernels are used only
where the geometry provably coincides, and a general unfold path is used
otherwise.  Both give Chainer's first-maximum tie-breaking.
"""
import itertools

import torch

from chainer_compat.utils import conv_nd as _conv_nd
from chainer_compat.functions.array import _util
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import get_deconv_outsize
from chainer_compat.utils import type_check

# chainer.utils.conv_nd.as_tuple (one definition).
as_tuple = _conv_nd.as_tuple


def check_pool(label, t, ndim, extra=None):
    def body(in_types):
        type_check.expect(in_types.size() == 1,
                          in_types[0].dtype.kind == 'f',
                          in_types[0].ndim == 2 + ndim,
                          in_types[0].size > 0)
        if extra is not None:
            extra(in_types)
    _util.check(label, (t,), body)


def windows(t, ksize, stride, pad, cover_all, pval, nd_message=True):
    """``(n, c, d1..dN)`` -> ``(n, c, o1..oN, k1..kN)`` (a strided view of
    the padded input) and the output sizes.  Non-positive output sizes and
    negative paddings raise what Chainer's ``im2col_cpu``
    (``nd_message=False``) or ``im2col_nd_cpu`` raises."""
    dims = t.shape[2:]
    outs = im2col_geometry(dims, ksize, stride, pad, cover_all, nd_message)
    flat = []
    for d, k, s, p, o in reversed(list(zip(dims, ksize, stride, pad, outs))):
        far = max(0, s * (o - 1) + k - d - p)
        flat += [p, far]
    xp = torch.nn.functional.pad(t, flat, value=pval) if any(flat) else t
    w = xp
    for i, (k, s, o) in enumerate(zip(ksize, stride, outs)):
        w = w.unfold(2 + i, k, s).narrow(2 + i, 0, o)
    return w, outs


def native_ok(t, ksize, stride, pad, cover_all):
    """True where torch's pooling has exactly Chainer's windows."""
    if t.dtype not in (torch.float32, torch.float64):
        return False
    if len(ksize) > 3:
        return False
    for d, k, s, p in zip(t.shape[2:], ksize, stride, pad):
        if p * 2 > k:
            return False
        o = get_conv_outsize(d, k, s, p, cover_all)
        if o <= 0 or d + 2 * p < k:
            return False
        if cover_all and (o - 1) * s >= d + p:
            return False
    return True


def deconv_outs(dims, ksize, stride, pad, cover_all):
    return tuple(get_deconv_outsize(d, k, s, p, cover_all=cover_all)
                 for d, k, s, p in zip(dims, ksize, stride, pad))



# ------------------------------------------------------------------
# numpy-exact geometry of Chainer's CPU kernels (``im2col_cpu`` /
# ``col2im_cpu`` and their N-d versions), for the unpooling family: the
# output shapes (0-size inputs, negative or oversized padding) and the
# errors numpy raises come out as in Chainer.

def np_slice(start, stop, step, length):
    """numpy's ``a[start:stop:step]`` on an axis of ``length``, as a
    positive-step slice plus whether the selection runs backwards."""
    if step == 0:
        raise ValueError('slice step cannot be zero')
    r = range(*slice(start, stop, step).indices(length))
    if len(r) == 0:
        return slice(0, 0), False
    if step > 0:
        return slice(r[0], r[-1] + 1, step), False
    return slice(r[-1], r[0] + 1, -step), True


def _inplace_broadcast_check(dst, src):
    """numpy's errors for ``dst += src`` (torch would raise a
    RuntimeError)."""
    dst, src = tuple(dst), tuple(src)
    try:
        out = tuple(torch.broadcast_shapes(dst, src))
    except RuntimeError:
        raise ValueError(
            'operands could not be broadcast together with shapes {} {}'
            .format(str(dst).replace(' ', ''), str(src).replace(' ', '')))
    if out != dst:
        raise ValueError(
            "non-broadcastable output operand with shape {} doesn't match "
            'the broadcast shape {}'.format(str(dst).replace(' ', ''),
                                            str(out).replace(' ', '')))


def negative_dims_check(shape):
    if any(d < 0 for d in shape):
        raise ValueError('negative dimensions are not allowed')


def zero_of(t):
    """An exact 0 that depends on ``t`` (so that an output no element of
    ``t`` reaches still gets a zero gradient, as in Chainer)."""
    return t.reshape(-1)[:0].sum()


def col2im(col_at, like, ksize, stride, pad, dims):
    """Chainer's ``col2im_cpu`` / ``col2im_nd_cpu`` with numpy's slicing.

    ``col_at(kxs)`` gives the (n, c, o_1..o_N) column of kernel offset
    ``kxs``; they are added, in Chainer's order, into a zero image padded
    to ``d + 2p + s - 1`` and the ``[p:d + p]`` window is returned.  The
    in-place adds on slices keep torch's autograd (the adjoint is the
    window gather, as Chainer's im2col backward)."""
    n, c = like.shape[:2]
    shp = tuple(d + 2 * p + s - 1 for d, p, s in zip(dims, pad, stride))
    negative_dims_check(shp)
    img = like.new_zeros((n, c) + shp)
    full = (slice(None), slice(None))
    for kxs in itertools.product(*[range(k) for k in ksize]):
        src = col_at(kxs)
        sls = []
        flip = []
        for i, (kx, st, o, ln) in enumerate(
                zip(kxs, stride, src.shape[2:], shp)):
            sl, back = np_slice(kx, kx + st * o, st, ln)
            sls.append(sl)
            if back:
                flip.append(2 + i)
        view = img[full + tuple(sls)]
        _inplace_broadcast_check(view.shape, src.shape)
        if flip:
            src = src.flip(flip)
        view.add_(src)
    crop = tuple(np_slice(p, d + p, 1, ln)[0]
                 for p, d, ln in zip(pad, dims, shp))
    img = img[full + crop]
    if not img.requires_grad and like.requires_grad:
        img = img + zero_of(like)     # (no window reached the output)
    return img


def im2col_geometry(dims, ksize, stride, pad, cover_all, nd_message):
    """The output sizes of Chainer's ``im2col_cpu`` (``nd_message=False``)
    or ``im2col_nd_cpu``, with its assertion and numpy's errors for a
    negative padding or kernel size."""
    outs = tuple(get_conv_outsize(d, k, s, p, cover_all)
                 for d, k, s, p in zip(dims, ksize, stride, pad))
    if nd_message:
        if not all(o > 0 for o in outs):
            raise AssertionError('Output sizes should be positive.')
    else:
        for o, name in zip(outs, ('Height', 'Width')):
            if not o > 0:
                raise AssertionError(
                    '{} in the output should be positive.'.format(name))
    if any(p < 0 or p + s - 1 < 0 for p, s in zip(pad, stride)):
        raise ValueError("index can't contain negative values")
    negative_dims_check(ksize)
    return outs
