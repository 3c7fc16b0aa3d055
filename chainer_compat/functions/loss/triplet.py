"""``chainer.functions.triplet``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def triplet(anchor, positive, negative, margin=0.2, reduce='mean'):
    """Triplet loss ``max(||a - p||^2 - ||a - n||^2 + margin, 0)`` per row
    (squared distances, as Chainer)."""
    if margin <= 0:
        raise ValueError('margin should be positive value.')
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but '
            '\'%s\' is given' % reduce)
    a = _f.tensor(anchor)
    p = _f.tensor(positive)
    n = _f.tensor(negative)

    def body(in_types):
        type_check.expect(
            in_types[0].dtype.kind == 'f',
            in_types[0].dtype == in_types[1].dtype,
            in_types[0].dtype == in_types[2].dtype,
            in_types[0].shape == in_types[1].shape,
            in_types[0].shape == in_types[2].shape,
            in_types[0].shape[0] > 0
        )
    _util.check('Triplet', (a, p, n), body,
                names=('anchor', 'positive', 'negative'))
    dist = torch.sum((a - p) ** 2 - (a - n) ** 2, dim=1) + margin
    hinge = torch.relu(dist)
    if reduce == 'mean':
        loss = torch.sum(hinge) / a.shape[0]
    else:
        loss = hinge
    return _f.output(loss.to(a.dtype), 'Triplet',
                     (anchor, positive, negative))
