"""``chainer.functions.spatial_transformer_sampler``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import argument
from chainer_compat.utils import type_check


def spatial_transformer_sampler(x, grid, **kwargs):
    """Chainer-compatible spatial transformer sampler.

    Bilinear sampling of ``x`` (B, C, H, W) at ``grid`` (B, 2, out_H,
    out_W) (Chainer's layout; torch's ``grid_sample`` takes (B, H, W, 2)),
    zero outside the image, as Chainer computes it.
    """
    if kwargs:
        argument.check_unexpected_kwargs(
            kwargs, use_cudnn='The argument "use_cudnn" is not '
            'supported anymore. '
            'Use chainer.using_config(\'use_cudnn\', value) '
            'context where value can be `always`, `never`, or `auto`.')
        argument.assert_kwargs_empty(kwargs)
    xt = _f.tensor(x)
    gt = _f.tensor(grid)

    def body(in_types):
        type_check.expect(2 == in_types.size())
        x_type, grid_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f', grid_type.dtype == x_type.dtype,
            x_type.ndim == 4, grid_type.ndim == 4,
            grid_type.shape[1] == 2, x_type.shape[0] == grid_type.shape[0])
    _util.check('SpatialTransformerSampler', (xt, gt), body)
    B, C, H, W = xt.shape
    _, _, oh, ow = gt.shape
    if B == 0:
        # Chainer's ``grid.reshape(grid.shape[:2] + (-1,))`` (numpy)
        raise ValueError('cannot reshape array of size 0 into shape '
                         '(0,2,newaxis)')
    g = gt.reshape(B, 2, oh * ow)
    u = (g[:, 0] + 1) * (W - 1) / 2 + 1
    v = (g[:, 1] + 1) * (H - 1) / 2 + 1
    uc = u.clamp(0, W + 1)
    vc = v.clamp(0, H + 1)
    u0 = torch.floor(uc.detach()).clamp(0, W)
    v0 = torch.floor(vc.detach()).clamp(0, H)
    u1 = u0 + 1
    v1 = v0 + 1
    # Chainer computes the weights from int32 corners and float inputs,
    # i.e. in float64 for float32 inputs, then casts back.
    hp = xt.dtype if xt.dtype == torch.float64 else torch.float64
    ucd = uc.to(hp)
    vcd = vc.to(hp)
    wu1 = (u1.to(hp) - ucd)
    wu0 = (ucd - u0.to(hp))
    wv1 = (v1.to(hp) - vcd)
    wv0 = (vcd - v0.to(hp))
    ws = [(wu1 * wv1).to(xt.dtype), (wu0 * wv1).to(xt.dtype),
          (wu1 * wv0).to(xt.dtype), (wu0 * wv0).to(xt.dtype)]
    xpad = torch.nn.functional.pad(xt, (1, 1, 1, 1)).reshape(
        B, C, (H + 2) * (W + 2))
    W2 = W + 2
    iu0 = u0.to(torch.int64)
    iv0 = v0.to(torch.int64)
    idxs = [iv0 * W2 + iu0, iv0 * W2 + iu0 + 1,
            (iv0 + 1) * W2 + iu0, (iv0 + 1) * W2 + iu0 + 1]
    y = None
    for wgt, idx in zip(ws, idxs):
        vals = xpad.gather(2, idx[:, None, :].expand(B, C, idx.shape[1]))
        term = wgt[:, None, :] * vals
        y = term if y is None else y + term
    y = y.reshape(B, C, oh, ow)
    return _f.output(y, 'SpatialTransformerSampler', (x, grid))
