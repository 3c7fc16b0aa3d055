"""``chainer.functions.fix``."""
import torch

from chainer_compat._bridge import function as _f


def fix(x):
    """Element-wise fix (not differentiable: as in Chainer the result is a
    new Variable with ``requires_grad=False``, unconnected to the graph).
    The result keeps ``x``'s dtype (ints/bools are cast back, as
    Chainer's ``force_array(..., x.dtype)``).
    """
    t = _f.tensor(x).detach()
    with torch.no_grad():
        if t.is_floating_point():
            y = torch.trunc(t)
        else:
            y = torch.trunc(t.double()).to(t.dtype)
    return _f._from_tensor(y, False)
