"""``chainer.functions.binary_accuracy``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def binary_accuracy(y, t):
    """Binary accuracy: ``y >= 0`` predicts 1; labels ``t`` of -1 are
    ignored (0-dim Variable of ``y``'s dtype, not differentiable)."""
    yt = _f.tensor(y)
    tt = _f.tensor(t)

    def fn(in_types):
        x_type, t_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            t_type.dtype.kind == 'i',
            t_type.shape == x_type.shape,
        )
    _h.check('BinaryAccuracy', (yt, tt), ('x', 't'), fn)
    with torch.no_grad():
        c = (yt.detach().reshape(-1) >= 0).to(tt.dtype)
        tr = tt.reshape(-1)
        count = max(1, int((tr != -1).sum()))
        val = int((c == tr).sum()) / count
        acc = torch.tensor(val, dtype=yt.dtype, device=yt.device)
    return _f.output(acc, 'BinaryAccuracy', (y, t))
