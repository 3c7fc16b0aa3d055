"""``chainer.functions.rrelu``."""
import torch

from chainer_compat import configuration
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.functions.noise import _random
from chainer_compat.utils import argument
from chainer_compat.utils import type_check

_LABEL = 'RReLU'


def rrelu(x, l=1. / 8, u=1. / 3, **kwargs):
    """Randomized leaky ReLU: ``x`` if ``x >= 0`` else ``r * x``.

    In training mode (``chainer.config.train``) ``r`` is drawn with
    ``numpy.random.uniform(l, u, x.shape)`` exactly as Chainer does on CPU;
    in test mode ``r = (l + u) / 2``.  Keyword args: ``r`` (a fixed slope
    array), ``return_r`` (also return ``r``).
    """
    r = None
    return_r = False
    if kwargs:
        r, return_r = argument.parse_kwargs(
            kwargs, ('r', r), ('return_r', r),
            train='train argument is not supported anymore. '
                  'Use chainer.using_config')
    if not 0.0 <= l < 1.0:
        raise ValueError('lower must be in the range [0, 1)')
    if not 0.0 <= u < 1.0:
        raise ValueError('upper must be in the range [0, 1)')
    if not l < u:
        raise ValueError('lower must be less than upper')
    t = _f.tensor(x)

    def fn(in_types):
        type_check.expect(in_types.size() == 1)
        x_type, = in_types
        type_check.expect(x_type.dtype.kind == 'f')
        if r is not None:
            type_check.expect(x_type.dtype == r.dtype)
            type_check.expect(x_type.shape == r.shape)
    _h.check(_LABEL, (t,), None, fn)
    if configuration.config.train:
        if r is None:
            r = _f.array_of(_random.uniform(l, u, tuple(t.shape), t))
    else:
        r = _f.array_of(torch.full(t.shape, (l + u) / 2, dtype=t.dtype,
                                   device=t.device))
    rt = _f.tensor(r).to(t.device)
    y = torch.where(t >= 0, t, t * rt)
    out = _f.output(y, _LABEL, (x,))
    if return_r:
        return out, r
    return out
