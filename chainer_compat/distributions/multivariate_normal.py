"""``chainer.distributions.MultivariateNormal``."""
import math

import numpy
import torch

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O
from chainer_compat.functions.connection import _util
from chainer_compat.utils import argument
from chainer_compat.utils import type_check

ENTROPYC = 0.5 * math.log(2 * math.pi * math.e)
LOGPROBC = - 0.5 * math.log(2 * math.pi)


def _triangular_inv_t(t, lower=True):
    """Batched inverse of triangular matrices (gradient restricted to the
    triangle, as Chainer's TriangularInv)."""
    if t.shape[-1] == 0:
        return t
    eye = torch.eye(t.shape[-1], dtype=t.dtype, device=t.device)
    eye = eye.expand(t.shape)
    mask = torch.ones(t.shape[-2:], dtype=torch.bool, device=t.device)
    mask = torch.tril(mask) if lower else torch.triu(mask)
    tt = torch.where(mask, t, torch.zeros_like(t))
    return torch.linalg.solve_triangular(tt, eye, upper=not lower)


def _triangular_inv(x, lower=True):
    """Inverse of one float32 triangular matrix (Chainer's TriangularInv:
    the gradient is restricted to the triangle)."""
    xv = O.as_variable(x)
    t = xv._t

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        a_type, = in_types
        type_check.expect(a_type.dtype == numpy.float32)
        type_check.expect(a_type.ndim == 2)
        type_check.expect(a_type.shape[0] == a_type.shape[1])
    _util.check('TriangularInv', (t,), body)
    return O.apply(lambda a: _triangular_inv_t(a, lower), 'TriangularInv',
                   xv)


def _batch_triangular_inv(x, lower=True):
    xv = O.as_variable(x)
    return O.apply(lambda a: _triangular_inv_t(a, lower), 'Stack', xv)


def _triangular_logdet(x):
    return O.apply(
        lambda t: torch.log(torch.abs(torch.diagonal(
            t, dim1=-2, dim2=-1))).sum(dim=-1), 'Sum', x)


class MultivariateNormal(distribution.Distribution):
    """Multivariate normal with mean ``loc`` and lower-triangular Cholesky
    factor ``scale_tril=`` of the covariance."""

    def __init__(self, loc, **kwargs):
        super(MultivariateNormal, self).__init__()
        scale_tril = None
        if kwargs:
            scale_tril, = argument.parse_kwargs(
                kwargs, ('scale_tril', scale_tril))
        if scale_tril is None:
            raise ValueError('`scale_tril` must have a value.')
        self.__loc = loc
        self.__scale_tril = scale_tril

    @O.cached_property
    def loc(self):
        return O.as_variable(self.__loc)

    @O.cached_property
    def scale_tril(self):
        return O.as_variable(self.__scale_tril)

    @O.cached_property
    def _logdet_scale(self):
        return _triangular_logdet(self.scale_tril)

    @property
    def d(self):
        return self.scale_tril.shape[-1]

    def __copy__(self):
        return self._copy_to(MultivariateNormal(self.loc, self.scale_tril))

    @property
    def batch_shape(self):
        return self.loc.shape[:-1]

    @O.cached_property
    def entropy(self):
        return self._logdet_scale + ENTROPYC * self.d

    @property
    def event_shape(self):
        return self.loc.shape[-1:]

    def log_prob(self, x):
        d = self.d
        bshape = tuple(self.batch_shape)
        xshape = tuple(O.shape_of(x))

        def fn(st, lt, xt):
            inv = _triangular_inv_t(st.reshape(-1, d, d))
            inv = inv.reshape(bshape + (d, d))
            bsti = inv.broadcast_to(xshape + (d,))
            bl = lt.broadcast_to(xshape)
            m = torch.matmul(bsti, (xt - bl).unsqueeze(-1))
            m = torch.matmul(m.transpose(-1, -2), m)
            return m.squeeze(-1).squeeze(-1)
        m = O.apply(fn, 'MatMul', self.scale_tril, self.loc,
                    x if O._f.is_variable(x) else O._t(x, self.loc._t))
        logz = LOGPROBC * self.d - self._logdet_scale
        return O.broadcast_to(logz, m.shape) - 0.5 * m

    @O.cached_property
    def mean(self):
        return self.loc

    def sample_n(self, n):
        eps = numpy.random.standard_normal(
            (n,) + self.loc.shape + (1,)).astype(numpy.float32)
        eps = O.device_array(eps, self.loc)
        prod = O.apply(lambda st, e: torch.matmul(st, e.to(st.dtype)),
                       'MatMul', self.scale_tril, O._t(eps))
        return self.loc + O.squeeze(prod, axis=-1)

    @property
    def support(self):
        return 'real'

    @property
    def params(self):
        return {'loc': self.loc, 'scale_tril': self.scale_tril}

    @O.cached_property
    def covariance(self):
        return O.apply(lambda st: torch.matmul(st, st.transpose(-1, -2)),
                       'MatMul', self.scale_tril)


@distribution.register_kl(MultivariateNormal, MultivariateNormal)
def _kl_multivariatenormal_multivariatenormal(dist1, dist2):
    d = dist2.d
    bshape = tuple(dist1.batch_shape)

    def trace_fn(s1, s2):
        inv2 = _triangular_inv_t(s2.reshape(-1, d, d))
        return (torch.matmul(inv2, s1.reshape(-1, d, d)) ** 2).sum(
            dim=(-1, -2)).reshape(bshape)

    def mah_fn(s2, l1, l2):
        inv2 = _triangular_inv_t(s2.reshape(-1, d, d))
        mu = l1 - l2
        mah = torch.matmul(inv2, mu.reshape(-1, d, 1))
        return (mah ** 2).sum(dim=-2).reshape(bshape)
    trace = O.apply(trace_fn, 'Reshape', dist1.scale_tril, dist2.scale_tril)
    mah = O.apply(mah_fn, 'Reshape', dist2.scale_tril, dist1.loc, dist2.loc)
    return (dist2._logdet_scale - dist1._logdet_scale
            + 0.5 * trace + 0.5 * mah - 0.5 * dist1.d)
