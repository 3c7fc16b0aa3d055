"""``chainer.functions.log_softmax``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check

_LABEL = 'LogSoftmax'


def _check_axis(label, t, axis):
    if t.is_floating_point() and -t.dim() <= axis < t.dim():
        return

    def fn(in_types):
        type_check.expect(
            in_types[0].dtype.kind == 'f',
            -in_types[0].ndim <= axis < in_types[0].ndim,
        )
    _h.check(label, (t,), ('x',), fn)


def _no_empty_max(t, axis):
    # Chainer reduces with x.max(axis): numpy raises on an empty axis
    if t.shape[axis] == 0:
        raise ValueError('zero-size array to reduction operation maximum '
                         'which has no identity')


def log_softmax(x, axis=1):
    """Log of softmax along ``axis`` (default 1): ``x - logsumexp(x)``."""
    t = _f.tensor(x)
    _check_axis(_LABEL, t, axis)
    _no_empty_max(t, axis)
    # torch's fused kernel computes x - max - log(sum(exp(x - max))),
    # Chainer's formula
    return _f.output(torch.log_softmax(t, axis), _LABEL, (x,))
