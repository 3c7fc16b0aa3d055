"""``chainer.functions.deformable_convolution_2d_sampler``."""
import torch

from chainer_compat._bridge import function as _f


def _pair(x):
    if hasattr(x, '__getitem__'):
        return x
    return x, x


def deformable_convolution_2d_sampler(x, offset, W, b=None, stride=1, pad=0):
    """Deformable convolution (Dai et al. 2017) as Chainer computes it:
    the kernel taps are sampled bilinearly (zero outside the padded input)
    at positions shifted by ``offset`` (``(n, 2*kh*kw, out_h, out_w)``,
    x offsets first), then contracted with ``W``."""
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
    dev = ot.device
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
    y = torch.matmul(x_st, w2)
    y = y.reshape(n, out_h, out_w, out_c).permute(0, 3, 1, 2)
    inputs = (x, offset, W)
    if b is not None:
        y = y + _f.tensor(b)[None, :, None, None]
        inputs = inputs + (b,)
    return _f.output(y, 'Add' if b is not None else 'Transpose', inputs)
