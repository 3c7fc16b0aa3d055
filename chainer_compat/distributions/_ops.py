"""Variable-level helpers for the distributions (torch bodies)."""

import numpy
import torch

import chainer_compat
from chainer_compat import distribution as _distribution
from chainer_compat._bridge import function as _f
from chainer_compat.utils import cache as _cache


# Chainer's distributions use chainer.utils.cache.cached_property
cached_property = _cache.cached_property


def as_variable(x):
    return chainer_compat.as_variable(x)


def _t(x, like=None):
    if _f.is_variable(x):
        return x._t
    if isinstance(x, (numpy.ndarray, torch.Tensor)) or \
            _f._convert.is_array(x):
        t = _f.tensor(x)
        if like is not None and t.dtype != like.dtype and \
                t.is_floating_point():
            t = t.to(like.dtype)
        return t
    return x


def apply(fn, label, *args):
    """``fn`` on the tensors of ``args``; Variables become the inputs."""
    ts = [_t(a) for a in args]
    like = next((t for t in ts if isinstance(t, torch.Tensor)
                 and t.is_floating_point()), None)
    if like is not None:
        ts = [t.to(like.dtype) if isinstance(t, torch.Tensor) and
              t.is_floating_point() and t.dtype != like.dtype and
              not _f.is_variable(a) else t for t, a in zip(ts, args)]
    y = fn(*ts)
    return _f.output(y, label, tuple(a for a in args if _f.is_variable(a)))


def exp(x):
    return apply(torch.exp, 'Exp', as_variable(x))


def log(x):
    return apply(torch.log, 'Log', as_variable(x))


def log1p(x):
    return apply(torch.log1p, 'Log1p', as_variable(x))


def expm1(x):
    return apply(torch.expm1, 'Expm1', as_variable(x))


def lgamma(x):
    return apply(torch.lgamma, 'LGamma', as_variable(x))


def digamma(x):
    return apply(torch.digamma, 'DiGamma', as_variable(x))


def sigmoid(x):
    return apply(lambda t: torch.tanh(t * 0.5) * 0.5 + 0.5, 'Sigmoid',
                 as_variable(x))


def log_softmax(x, axis):
    return apply(lambda t: torch.log_softmax(t, dim=axis), 'LogSoftmax',
                 as_variable(x))


def sqrt(x):
    return apply(torch.sqrt, 'Sqrt', as_variable(x))


def tan(x):
    return apply(torch.tan, 'Tan', as_variable(x))


def arctan(x):
    return apply(torch.atan, 'Arctan', as_variable(x))


def ndtr(x):
    return apply(torch.special.ndtr, 'Ndtr', as_variable(x))


def log_ndtr(x):
    return apply(torch.special.log_ndtr, 'LogNdtr', as_variable(x))


def ndtri(x):
    return apply(torch.special.ndtri, 'Ndtri', as_variable(x))


def _axes(axis):
    if axis is None:
        return None
    if isinstance(axis, int):
        return (axis,)
    return tuple(axis)


def sum(x, axis=None):
    ax = _axes(axis)

    def fn(t):
        if ax is None:
            return t.sum()
        if not ax:
            return t + 0  # numpy: sum over no axis is the identity
        return t.sum(dim=ax)
    return apply(fn, 'Sum', as_variable(x))


def prod(x, axis=None):
    ax = _axes(axis)

    def fn(t):
        if ax is None:
            return t.prod()
        if not ax:
            return t + 0
        for a in sorted([a % t.dim() for a in ax], reverse=True):
            t = t.prod(dim=a)
        return t
    return apply(fn, 'Prod', as_variable(x))


def where(cond, x, y):
    c = _t(cond)
    if not isinstance(c, torch.Tensor):
        c = torch.tensor(bool(c))
    c = c.to(torch.bool)
    xv = x if _f.is_variable(x) else None
    yv = y if _f.is_variable(y) else None
    tx = _t(x)
    ty = _t(y)
    ref = tx if isinstance(tx, torch.Tensor) else ty
    if not isinstance(tx, torch.Tensor):
        tx = torch.tensor(tx, dtype=ref.dtype)
    if not isinstance(ty, torch.Tensor):
        ty = torch.tensor(ty, dtype=ref.dtype)
    out = torch.where(c.to(tx.device), tx, ty.to(tx.dtype))
    return _f.output(out, 'Where',
                     tuple(v for v in (xv, yv) if v is not None))


def clip(x, lo, hi):
    return apply(lambda t: torch.clamp(t, lo, hi), 'Clip', as_variable(x))


def broadcast_to(x, shape):
    return apply(lambda t: t.broadcast_to(shape), 'BroadcastTo',
                 as_variable(x))


def expand_dims(x, axis):
    return apply(lambda t: t.unsqueeze(axis), 'ExpandDims', as_variable(x))


def squeeze(x, axis):
    return apply(lambda t: t.squeeze(axis), 'Squeeze', as_variable(x))


def matmul(a, b):
    return apply(torch.matmul, 'MatMul', as_variable(a), as_variable(b))


def getitem(x, index):
    return apply(lambda t: t[index], 'GetItem', as_variable(x))


def data(x):
    """Underlying array (numpy on CPU) of a Variable or array."""
    if _f.is_variable(x):
        return x.array
    return x


def shape_of(x):
    return tuple(numpy.shape(data(x))) if not _f.is_variable(x) else x.shape


def device_array(a, like):
    """Put a numpy draw on ``like``'s device (CPU: unchanged)."""
    t = like._t if _f.is_variable(like) else _f.tensor(like)
    if t.is_cuda:
        return _f.tensor(a).to(t.device)
    return a


def modified_xlogx(x):
    """``x log x`` with 0 at x == 0 (gradient ``1 + log x``, 0 at 0)."""
    from chainer_compat.distributions import utils
    return utils._modified_xlogx(x)


class _LocScale(_distribution.Distribution):
    """A scalar distribution parameterised by ``loc`` and ``scale``
    (Cauchy, Gumbel, Laplace): the parameters as Variables, the batch
    shape of ``loc``, an empty event shape and ``params``."""

    def __init__(self, loc, scale):
        super(_LocScale, self).__init__()
        self._loc_arg = loc
        self._scale_arg = scale

    @cached_property
    def loc(self):
        return as_variable(self._loc_arg)

    @cached_property
    def scale(self):
        return as_variable(self._scale_arg)

    @property
    def batch_shape(self):
        return self.loc.shape

    @property
    def event_shape(self):
        return ()

    @property
    def params(self):
        return {'loc': self.loc, 'scale': self.scale}
