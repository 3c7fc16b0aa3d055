"""``chainer.functions.contrastive``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


class _SafeSqrt(torch.autograd.Function):
    # sqrt whose gradient divides by max(sqrt(x), eps) (Chainer's contrastive
    # backward), finite at zero distance; twice differentiable.

    @staticmethod
    def forward(ctx, s, eps):
        ctx.save_for_backward(s)
        ctx.eps = eps
        return torch.sqrt(s)

    @staticmethod
    def backward(ctx, g):
        s, = ctx.saved_tensors
        return g / (2 * torch.clamp(torch.sqrt(s), min=ctx.eps)), None


def contrastive(x0, x1, y, margin=1, reduce='mean'):
    """Contrastive loss ``0.5 (y d^2 + (1 - y) max(margin - d, 0)^2)``,
    ``d = ||x0 - x1||`` per row; ``y`` is an int 0/1 label vector."""
    if margin <= 0:
        raise ValueError('margin should be positive value.')
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but '
            '\'%s\' is given' % reduce)
    a = _f.tensor(x0)
    b = _f.tensor(x1)
    yt = _f.tensor(y)

    def body(in_types):
        x0_type, x1_type, y_type = in_types
        type_check.expect(
            x0_type.dtype.kind == 'f',
            x0_type.dtype == x1_type.dtype,
            y_type.dtype.kind == 'i',
            x0_type.shape == x1_type.shape,
            x1_type.shape[0] == y_type.shape[0],
            x1_type.shape[0] > 0,
            x0_type.ndim == 2,
            x1_type.ndim == 2,
            y_type.ndim == 1
        )
    _util.check('Contrastive', (a, b, yt), body, names=('x0', 'x1', 'y'))
    diff = a - b
    dist_sq = torch.sum(diff ** 2, dim=1)
    eps = 5e-3 if a.dtype == torch.float16 else 1e-7
    dist = _SafeSqrt.apply(dist_sq, eps)
    mdist = torch.clamp(margin - dist, min=0)
    yf = yt.to(a.dtype)
    loss = (yf * dist_sq + (1 - yf) * mdist * mdist) * .5
    if reduce == 'mean':
        loss = torch.sum(loss) / a.shape[0]
    return _f.output(loss.to(a.dtype), 'Contrastive', (x0, x1, y))
