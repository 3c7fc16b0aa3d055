"""``chainer.functions.spatial_transformer_grid``."""
import torch

from chainer_compat._bridge import blas as _blas
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import argument
from chainer_compat.utils import type_check


def spatial_transformer_grid(theta, output_shape, **kwargs):
    """Chainer-compatible :func:`chainer.functions.spatial_transformer_grid`.

    Returns the sampling grid in Chainer's layout ``(B, 2, H, W)`` (torch's
    ``affine_grid`` uses ``(B, H, W, 2)``), coordinates spanning ``[-1, 1]``
    corner to corner (torch's ``align_corners=True``).
    """
    if kwargs:
        argument.check_unexpected_kwargs(
            kwargs, use_cudnn='The argument "use_cudnn" is not '
            'supported anymore. '
            'Use chainer.using_config(\'use_cudnn\', value) '
            'context where value can be `always`, `never`, or `auto`.')
        argument.assert_kwargs_empty(kwargs)
    t = _f.tensor(theta)

    def body(in_types):
        th = in_types[0]
        type_check.expect(th.dtype.kind == 'f', th.ndim == 3,
                          th.shape[1] == 2, th.shape[2] == 3)
    _util.check('SpatialTransformerGrid', (t,), body, ('theta',))
    h, w = output_shape
    b = t.shape[0]
    ys, xs = torch.meshgrid(
        torch.linspace(-1, 1, h, dtype=t.dtype, device=t.device),
        torch.linspace(-1, 1, w, dtype=t.dtype, device=t.device),
        indexing='ij')
    coords = torch.stack([xs, ys, torch.ones_like(xs)]).reshape(3, h * w)
    grid = _blas.mm(t.reshape(b * 2, 3), coords).reshape(b, 2, h, w)
    return _f.output(grid, 'SpatialTransformerGrid', (theta,))
