"""``chainer.functions.resize_images``."""
import numpy

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def _indices_and_weights(out_size, in_size, mode, align_corners):
    # Index arithmetic in float64 exactly as Chainer computes it.
    out_h, out_w = out_size
    h, w = in_size
    if mode == 'bilinear':
        if align_corners:
            v = numpy.linspace(0, h - 1, num=out_h, dtype=numpy.float64)
            u = numpy.linspace(0, w - 1, num=out_w, dtype=numpy.float64)
        else:
            v = (numpy.arange(out_h, dtype=numpy.float64) + 0.5) * (
                h / out_h) - 0.5
            v = numpy.maximum(v, 0)
            u = (numpy.arange(out_w, dtype=numpy.float64) + 0.5) * (
                w / out_w) - 0.5
            u = numpy.maximum(u, 0)
        vw, v = numpy.modf(v)
        uw, u = numpy.modf(u)
    else:
        v = numpy.minimum(numpy.floor(
            numpy.arange(out_h, dtype=numpy.float64) * (h / out_h)), h - 1)
        u = numpy.minimum(numpy.floor(
            numpy.arange(out_w, dtype=numpy.float64) * (w / out_w)), w - 1)
        vw = numpy.zeros_like(v)
        uw = numpy.zeros_like(u)
    v = v.astype(numpy.int64)
    u = u.astype(numpy.int64)
    return v, numpy.minimum(v + 1, h - 1), u, numpy.minimum(u + 1, w - 1), \
        vw, uw


def _check_cpu_geometry(shape, v, u):
    """The errors of Chainer's CPU kernel (``interpolate_bilinear_cpu``)
    for degenerate sizes: its panel-size heuristic divides by the output
    height and by the panel size (0 for an empty batch or channel axis),
    and its gather fails on an empty input axis."""
    B, C, H, W = shape
    out_h, out_w = len(v), len(u)
    if out_h == 0 or B * C * (H * W // out_h + 4 * out_w) == 0:
        raise ZeroDivisionError('integer division or modulo by zero')
    if out_w > 0 and (H == 0 or W == 0):
        ax, i = (2, v[0]) if H == 0 else (3, u[0])
        raise IndexError('index {} is out of bounds for axis {} with size 0'
                         .format(int(i), ax))


def resize_images(x, output_shape, *, mode='bilinear', align_corners=True):
    """Chainer-compatible :func:`chainer.functions.resize_images`.

    ``align_corners=True`` by default (torch's ``interpolate`` defaults to
    False); only float32 input is accepted, as in Chainer.
    """
    out_h = output_shape[0]
    out_w = output_shape[1]
    assert mode in ['bilinear', 'nearest']
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types[0].dtype == numpy.float32,
                          in_types[0].ndim == 4)
    _util.check('ResizeImages', (t,), body, ('x',))
    v0, v1, u0, u1, vw, uw = _indices_and_weights(
        (out_h, out_w), tuple(t.shape[2:]), mode, align_corners)
    _check_cpu_geometry(tuple(t.shape), v0, u0)
    dt = t.dtype

    def tens(a):
        return _util.index_tensor(a, t)
    vw = tens(vw.astype(_f.numpy_dtype(t)))[:, None]
    uw = tens(uw.astype(_f.numpy_dtype(t)))[None, :]
    # Chainer's weights: w01 = uw, w00 = 1 - uw, w1* = w0* * vw, w0* -= w1*
    w00 = (1 - uw).to(dt)
    w01 = uw.expand_as(w00)
    w10 = w00 * vw
    w11 = w01 * vw
    w00 = w00 - w10
    w01 = w01 - w11
    rows0 = t.index_select(2, tens(v0))
    rows1 = t.index_select(2, tens(v1))
    iu0 = tens(u0)
    iu1 = tens(u1)
    y = (rows0.index_select(3, iu0) * w00 + rows0.index_select(3, iu1) * w01
         + rows1.index_select(3, iu0) * w10
         + rows1.index_select(3, iu1) * w11)
    return _f.output(y, 'ResizeImages', (x,))
