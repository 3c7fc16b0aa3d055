"""``chainer.functions.polygamma``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.functions.math import _psi
from chainer_compat.utils import type_check


def _polygamma(nt, xt):
    """Element-wise polygamma with an integer array ``n`` (broadcast)."""
    xf = xt.float() if xt.dtype == torch.float16 else xt
    nb, xb = torch.broadcast_tensors(nt, xf)
    out = torch.zeros_like(xb)
    for k in torch.unique(nb).tolist():
        out = torch.where(nb == k, _psi.psi(int(k), xb), out)
    return out.to(xt.dtype)


def polygamma(n, x):
    """Polygamma function of order ``n`` (int array) at ``x`` (float)."""
    nt = _f.tensor(n)
    xt = _f.tensor(x)

    def fn(in_types):
        n_type, x_type = in_types
        type_check.expect(
            n_type.dtype.kind == 'i',
            x_type.dtype.kind == 'f',
        )
    _h.check('polygamma', (nt, xt), ('n', 'x'), fn)
    return _f.output(_polygamma(nt, xt), 'polygamma', (n, x))
