"""``chainer.functions.pad``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check

_INDEX_MODES = ('edge', 'reflect', 'symmetric', 'wrap')


def _pairs(value, ndim, name):
    a = numpy.asarray(value)
    try:
        return numpy.broadcast_to(a, (ndim, 2))
    except ValueError:
        raise ValueError('Unable to create correctly shaped tuple from '
                         '{}'.format(value))


class _IndexPad(torch.autograd.Function):
    """Pad by gathering (edge/reflect/symmetric/wrap modes).

    Chainer's ``Pad.backward`` returns only the slice of ``gy`` covering
    the original input (it ignores the copies the padding made), so the
    autograd gradient of a gather would differ; this Function reproduces
    Chainer's gradient.  The backward is written with differentiable ops
    (a slice), whose own gradient is zero-padding, as Chainer's GetItem.
    """

    @staticmethod
    def forward(ctx, x, index_list, pad_bw):
        ctx.pad_bw = pad_bw
        ctx.in_shape = tuple(x.shape)
        y = x
        for d, idx in enumerate(index_list):
            y = y.index_select(d, idx)
        return y

    @staticmethod
    def backward(ctx, gy):
        sl = tuple(slice(int(p[0]), int(p[0]) + n)
                   for n, p in zip(ctx.in_shape, ctx.pad_bw))
        return gy[sl], None, None


def pad(x, pad_width, mode, **keywords):
    """Chainer-compatible :func:`chainer.functions.pad` (``numpy.pad``
    semantics for ``pad_width``; modes ``constant`` (``constant_values``),
    ``edge``, ``reflect``, ``symmetric``, ``wrap``).  As in Chainer, the
    gradient is the slice of ``gy`` covering the input, for every mode."""
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f')
    _util.check('Pad', (t,), body, ('x',))
    nd = t.dim()
    pw = _pairs(pad_width, nd, 'pad_width')
    if pw.dtype.kind not in 'iu':
        if not numpy.all(numpy.equal(numpy.round(pw), pw)):
            raise TypeError('`pad_width` must be of integral type.')
        pw = pw.astype(numpy.int64)
    if (pw < 0).any():
        raise ValueError("index can't contain negative values")
    pw = [(int(a), int(b)) for a, b in pw]
    if mode == 'constant':
        cv = keywords.pop('constant_values', 0)
        if keywords:
            raise ValueError("unsupported keyword arguments for mode "
                             "'constant': {}".format(set(keywords)))
        cv = _pairs(cv, nd, 'constant_values')
        if (cv == cv.flat[0]).all() if cv.size else True:
            flat = []
            for a, b in reversed(pw):
                flat += [a, b]
            value = float(cv.flat[0]) if cv.size else 0.
            y = torch.nn.functional.pad(t, flat, value=value)
        else:
            y = t
            for d, (a, b) in enumerate(pw):
                parts = []
                shp = list(y.shape)
                if a:
                    shp[d] = a
                    parts.append(y.new_full(shp, float(cv[d][0])))
                parts.append(y)
                if b:
                    shp[d] = b
                    parts.append(y.new_full(shp, float(cv[d][1])))
                y = torch.cat(parts, dim=d)
        return _f.output(y, 'Pad', (x,))
    if mode in _INDEX_MODES:
        rt = keywords.pop('reflect_type', 'even')
        if keywords:
            raise ValueError("unsupported keyword arguments for mode "
                             "'{}': {}".format(mode, set(keywords)))
        if rt != 'even':
            raise NotImplementedError(
                "chainer.functions.pad: reflect_type='odd' is not supported "
                "(D-301, see docs/divergences.md)")
        index_list = []
        for d, (a, b) in enumerate(pw):
            n = t.shape[d]
            if n == 0 and (a or b):
                raise ValueError("can't extend empty axis {} using modes "
                                 "other than 'constant' or 'empty'".format(d))
            idx = numpy.pad(numpy.arange(n), (a, b), mode=mode)
            index_list.append(_util.index_tensor(idx.astype(numpy.int64), t))
        y = _IndexPad.apply(t, index_list, pw)
        return _f.output(y, 'Pad', (x,))
    raise NotImplementedError(
        'chainer.functions.pad: mode {!r} is not supported (D-301, see '
        'docs/divergences.md)'.format(mode))
