"""``chainer.functions.gaussian``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.functions.noise import _random
from chainer_compat.utils import argument
from chainer_compat.utils import type_check

_LABEL = 'Gaussian'


def gaussian(mean, ln_var, **kwargs):
    """gaussian(mean, ln_var, *, eps=None, return_eps=False)

    Samples ``mean + exp(ln_var / 2) * eps`` with ``eps ~ N(0, 1)`` drawn by
    ``numpy.random.standard_normal`` on CPU (as Chainer); ``eps`` may be
    given; ``return_eps=True`` also returns it.
    """
    eps = None
    return_eps = False
    if kwargs:
        eps, return_eps = argument.parse_kwargs(
            kwargs, ('eps', eps), ('return_eps', return_eps))
    mt = _f.tensor(mean)
    vt = _f.tensor(ln_var)

    def fn(in_types):
        m_type, v_type = in_types
        type_check.expect(
            m_type.dtype.kind == 'f',
            m_type.dtype == v_type.dtype,
            m_type.shape == v_type.shape,
        )
    _h.check(_LABEL, (mt, vt), ('mean', 'ln_var'), fn)
    if eps is None:
        et = _random.standard_normal(tuple(vt.shape), mt)
        eps = _f.array_of(et)
    else:
        et = _f.tensor(eps)
    noise = torch.exp(vt * 0.5) * et
    out = _f.output(mt + noise, _LABEL, (mean, ln_var))
    if return_eps:
        return out, eps
    return out
