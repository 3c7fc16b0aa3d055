"""``chainer.functions.gumbel_softmax``."""
import torch

from chainer_compat import variable as _variable
from chainer_compat._bridge import function as _f
from chainer_compat.functions.noise import _random


def gumbel_softmax(log_pi, tau=0.1, axis=1):
    """Gumbel-softmax sample ``softmax((log_pi + g) / tau, axis)`` with
    ``g ~ Gumbel(0, 1)`` drawn by ``numpy.random.gumbel`` on CPU (as
    Chainer).  Default ``tau=0.1`` (torch's default is 1)."""
    from chainer_compat.functions.activation import softmax as _softmax
    t = _f.tensor(log_pi)
    if t.dim() < 1:
        return _variable.Variable(
            _f.array_of(torch.ones((), dtype=t.dtype, device=t.device)))
    g = _random.gumbel(tuple(t.shape), t)
    v = _variable.as_variable(log_pi) if not _f.is_variable(log_pi) \
        else log_pi
    gv = _variable.Variable(_f.array_of(g), requires_grad=False)
    return _softmax.softmax((v + gv) / tau, axis=axis)
