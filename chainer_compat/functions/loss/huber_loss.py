"""``chainer.functions.huber_loss``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.loss import absolute_error as _ae


def huber_loss(x, t, delta, reduce='sum_along_second_axis'):
    """Huber loss: ``0.5 a**2`` if ``|a| <= delta`` else
    ``delta (|a| - 0.5 delta)``, ``a = x - t``.

    ``delta`` is required; the default reduction sums over axis 1 and
    returns shape ``x.shape[:1] + x.shape[2:]`` (not a scalar).
    """
    if reduce not in ('sum_along_second_axis', 'no'):
        raise ValueError(
            'Only \'sum_along_second_axis\' and \'no\' are valid '
            'for \'reduce\', but \'%s\' is given' % reduce)
    a = _f.tensor(x)
    b = _f.tensor(t)
    _ae._check_pair('HuberLoss', a, b, names=('x', 't'))
    diff = a - b
    d = float(delta)
    absd = torch.abs(diff)
    # forward exactly as Chainer: 0.5 * min(a^2, max(2 d |a| - d^2, d^2));
    # gradient clip(diff, -d, d) as in Chainer's backward.
    sq = diff * diff
    lin = torch.clamp(absd * (2 * d) - d * d, min=d * d)
    val = torch.minimum(sq, lin) * 0.5
    grad_form = _clip_grad(diff, d)
    y = grad_form + (val - grad_form).detach()
    if reduce == 'sum_along_second_axis':
        y = y.sum(dim=1)
    return _f.output(y, 'HuberLoss', (x, t))


def _clip_grad(diff, d):
    # a differentiable expression whose gradient is clip(diff, -d, d)
    c = torch.clamp(diff, -d, d)
    return c * diff - 0.5 * c * c
