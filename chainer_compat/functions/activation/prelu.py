"""``chainer.functions.prelu``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check

_LABEL = 'PReLUFunction'


def _extended(w, x):
    return (1,) + tuple(w.shape) + (1,) * (x.dim() - w.dim() - 1)


def prelu(x, W):
    """Parametric ReLU: ``x`` if ``x >= 0`` else ``W * x``.

    ``W`` has shape ``x.shape[1:1 + W.ndim]`` and is broadcast over the
    remaining axes.
    """
    xt = _f.tensor(x)
    wt = _f.tensor(W)

    def fn(in_types):
        x_type, W_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            W_type.dtype == x_type.dtype,
            x_type.ndim >= W_type.ndim + 1,
            x_type.shape[1:1 + type_check.eval(W_type.ndim)] == W_type.shape
        )
    _h.check(_LABEL, (xt, wt), ('x', 'W'), fn)
    w = wt.reshape(_extended(wt, xt))
    y = torch.where(xt >= 0, xt, xt * w)
    return _f.output(y, _LABEL, (x, W))
