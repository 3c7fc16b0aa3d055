"""``chainer.functions.normalize``."""
import numbers

import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check

_AxisError = getattr(getattr(numpy, 'exceptions', numpy), 'AxisError')


def _check_axis(axis, ndim):
    """numpy's reduction-axis errors (Chainer sums with ``xp.sum``): an
    ``AxisError`` for an axis out of range (0-dim included), a
    ``ValueError`` for a repeated axis."""
    seen = []
    for a in axis:
        a = int(a)
        if not -ndim <= a < ndim:
            raise _AxisError(a, ndim)
        a %= ndim
        if a in seen:
            raise ValueError("duplicate value in 'axis'")
        seen.append(a)
    return tuple(seen)


def normalize(x, eps=1e-5, axis=1):
    """Chainer-compatible :func:`chainer.functions.normalize`:
    ``x / (||x||_2 + eps)`` along ``axis``.

    Where the norm is zero the gradient is ``gy / eps``, as Chainer
    computes it (a plain autograd of ``sqrt`` would give NaN there).
    """
    if isinstance(axis, numbers.Integral):
        axis = (int(axis),)
    xt = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        type_check.expect(in_types[0].dtype.kind == 'f')
    _util.check('NormalizeL2', (xt,), body)
    if axis is None:    # numpy: a full reduction
        axis = tuple(range(xt.dim()))
    axis = _check_axis(tuple(axis), xt.dim())
    s = xt * xt
    if axis:            # (torch's ``dim=()`` would reduce every axis)
        s = s.sum(dim=axis, keepdim=True)
    pos = s > 0
    safe = torch.where(pos, s, torch.ones_like(s))
    norm = torch.where(pos, torch.sqrt(safe), torch.zeros_like(s))
    y = xt / (norm + eps)
    return _f.output(y, 'NormalizeL2', (x,))
