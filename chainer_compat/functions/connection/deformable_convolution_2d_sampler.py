"""``chainer.functions.deformable_convolution_2d_sampler``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import broadcast as _broadcast
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def _pair(x):
    if hasattr(x, '__getitem__'):
        return x
    return x, x


def _shape_str(shape):
    return '(' + ','.join(str(v) for v in shape) + ')'


def _check_reshape(t, shape, is_variable):
    # Chainer reshapes Variables with F.reshape (InvalidType) and arrays
    # with numpy (ValueError)
    n = 1
    for s in shape:
        n *= s
    if t.numel() == n:
        return
    if not is_variable:
        raise ValueError('cannot reshape array of size {} into shape {}'
                         .format(t.numel(), _shape_str(shape)))

    def body(in_types):
        type_check.expect(
            type_check.prod(in_types[0].shape) == type_check.prod(shape))
    _util.check('Reshape', (t,), body, ('x',))


def deformable_convolution_2d_sampler(x, offset, W, b=None, stride=1, pad=0):
    """Deformable convolution (Dai et al. 2017) as Chainer computes it:
    the kernel taps are sampled bilinearly (zero outside the padded input)
    at positions shifted by ``offset`` (``(n, 2*kh*kw, out_h, out_w)``,
    x offsets first), then contracted with ``W``.

    Chainer composes ``pad``, ``spatial_transformer_sampler``, ``matmul``
    and ``+``; their checks run here in the same order (same errors)."""
    sy, sx = _pair(stride)
    ph, pw = _pair(pad)
    xt = _f.tensor(x)
    ot = _f.tensor(offset)
    wt = _f.tensor(W)
    out_c, _, kh, kw = wt.shape
    n, c, h, w = xt.shape
    _, khkw2, out_h, out_w = ot.shape
    if khkw2 != 2 * kh * kw:
        raise ValueError(
            'The shape of the offset does not match the kernel size')
    khkw = kh * kw
    # the grid's dtype: a Variable offset casts Chainer's float32 aranges
    # to its dtype, an array offset follows numpy's promotion
    if _f.is_variable(offset):
        gdt = ot.dtype
    else:
        np_gdt = numpy.result_type(_f.numpy_dtype(ot), numpy.float32)
        gdt = getattr(torch, np_gdt.name)
    # grid.reshape(n, 2, kh * kw, out_h * out_w) on a Variable
    _check_reshape(ot, (n, 2, khkw, out_h * out_w), True)

    def pad_body(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f')
    _util.check('Pad', (xt,), pad_body, ('x',))
    if gdt != xt.dtype:
        def st_body(in_types):
            type_check.expect(in_types[1].dtype == in_types[0].dtype)
        _util.check('SpatialTransformerSampler',
                    (xt, ot.new_empty((0,), dtype=gdt)), st_body)
    if n == 0:
        # numpy's grid.reshape(grid.shape[:2] + (-1,)) in the sampler
        raise ValueError('cannot reshape array of size 0 into shape '
                         '(0,2,newaxis)')
    _check_reshape(wt, (c * khkw, out_c), _f.is_variable(W))

    def mm_body(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f',
                          in_types[1].dtype.kind == 'f')
    _util.check('MatMul', (xt, wt), mm_body, ('a', 'b'))
    ydt = torch.promote_types(xt.dtype, wt.dtype)

    dev = ot.device
    ot = ot.to(gdt)
    ys = torch.arange(0, sy * out_h, sy, dtype=torch.float32, device=dev)
    xs = torch.arange(0, sx * out_w, sx, dtype=torch.float32, device=dev)
    ys, xs = torch.meshgrid(ys, xs, indexing='ij')
    fx = torch.arange(kw, dtype=torch.float32, device=dev).repeat(kh)
    fy = torch.arange(kh, dtype=torch.float32,
                      device=dev).repeat_interleave(kw)
    x_coord = ot[:, :khkw] + xs[None, None] + fx[None, :, None, None]
    y_coord = ot[:, khkw:] + ys[None, None] + fy[None, :, None, None]
    x_coord = (x_coord / (w + 2 * pw - 1) - 0.5) * 2
    y_coord = (y_coord / (h + 2 * ph - 1) - 0.5) * 2
    # grid (n, kh*kw, out_h*out_w, 2) in torch's (x, y) order
    grid = torch.stack([x_coord.reshape(n, khkw, out_h * out_w),
                        y_coord.reshape(n, khkw, out_h * out_w)], dim=-1)
    x_pad = torch.nn.functional.pad(xt, (pw, pw, ph, ph))
    x_st = torch.nn.functional.grid_sample(
        x_pad, grid.to(x_pad.dtype), mode='bilinear', padding_mode='zeros',
        align_corners=True)  # (n, c, kh*kw, out_h*out_w)
    x_st = x_st.permute(0, 3, 1, 2).reshape(n * out_h * out_w, c * khkw)
    w2 = wt.permute(1, 2, 3, 0).reshape(c * khkw, out_c)
    y = torch.matmul(x_st.to(ydt), w2.to(ydt))
    y = y.reshape(n, out_h, out_w, out_c).permute(0, 3, 1, 2)
    inputs = (x, offset, W)
    if b is not None:
        bt = _f.tensor(b)
        if bt.dim() == 0:
            raise IndexError('too many indices for array: array is '
                             '0-dimensional, but 1 were indexed')
        b4 = bt[None, :, None, None]
        y_shape = tuple(y.shape)

        _broadcast._check_broadcast_to(b4, y_shape)

        def add_body(in_types):
            type_check.expect(in_types[0].dtype == in_types[1].dtype)
        _util.check('_ + _', (y, b4), add_body, ('lhs', 'rhs'))
        y = y + b4
        inputs = inputs + (b,)
    return _f.output(y, 'Add' if b is not None else 'Transpose', inputs)
