"""``chainer.functions.zeta``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def zeta(x, q):
    """Hurwitz zeta function ``zeta(x, q)``; differentiable w.r.t. ``q``.

    ``x`` is a constant (scalar or array), ``q`` a float Variable/array.
    """
    qt = _f.tensor(q)

    def fn(in_types):
        q_type, = in_types
        type_check.expect(q_type.dtype.kind == 'f')
    _h.check('zeta', (qt,), ('q',), fn)
    xa = x.array if _f.is_variable(x) else x
    if isinstance(xa, (int, float)):
        xt = torch.tensor(float(xa), dtype=torch.float64, device=qt.device)
    else:
        xt = _f.tensor(xa).to(device=qt.device, dtype=torch.float64)
    _h.broadcast_check(xt, qt)
    qf = qt.double()
    y = torch.special.zeta(xt, qf)
    return _f.output(y.to(qt.dtype), 'zeta', (q,))
