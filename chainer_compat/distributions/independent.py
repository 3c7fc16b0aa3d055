"""``chainer.distributions.Independent``."""
import numpy
import torch

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


def _size(shape):
    n = 1
    for s in shape:
        n *= s
    return n


class Independent(distribution.Distribution):
    """Reinterprets the rightmost ``reinterpreted_batch_ndims`` batch axes
    of ``distribution`` as event axes (statistics are reduced over them)."""

    def __init__(self, distribution, reinterpreted_batch_ndims=None):
        super(Independent, self).__init__()
        self.__distribution = distribution
        if reinterpreted_batch_ndims is None:
            reinterpreted_batch_ndims = (
                self._get_default_reinterpreted_batch_ndims(distribution))
        elif reinterpreted_batch_ndims > len(distribution.batch_shape):
            raise ValueError(
                'reinterpreted_batch_ndims must be less than or equal to the '
                'number of dimensions of `distribution.batch_shape`.')
        self.__reinterpreted_batch_ndims = reinterpreted_batch_ndims
        batch_ndim = (len(self.distribution.batch_shape)
                      - self.reinterpreted_batch_ndims)
        self.__batch_shape = distribution.batch_shape[:batch_ndim]
        self.__event_shape = (distribution.batch_shape[batch_ndim:]
                              + distribution.event_shape)

    @property
    def distribution(self):
        return self.__distribution

    @property
    def reinterpreted_batch_ndims(self):
        return self.__reinterpreted_batch_ndims

    @property
    def batch_shape(self):
        return self.__batch_shape

    @property
    def event_shape(self):
        return self.__event_shape

    @O.cached_property
    def covariance(self):
        n_repeats = _size(
            self.distribution.batch_shape[-self.reinterpreted_batch_ndims:])
        dim = _size(self.distribution.event_shape)
        bshape = tuple(self.batch_shape)
        nb = len(bshape)
        block = torch.tensor(self._block_indicator)

        def fn(cov):
            cov = cov.reshape(bshape + (1, n_repeats, dim, dim))
            cov = cov.repeat_interleave(n_repeats, dim=-4)
            perm = tuple(range(nb)) + tuple(
                a + nb + 4 for a in (-4, -2, -3, -1))
            cov = cov.permute(perm).reshape(
                bshape + (n_repeats * dim, n_repeats * dim))
            bi = block.to(cov.device).reshape((1,) * nb + block.shape)
            return cov * bi.to(cov.dtype)
        return O.apply(fn, 'Mul', self.distribution.covariance)

    @O.cached_property
    def entropy(self):
        return self._reduce(O.sum, self.distribution.entropy)

    def cdf(self, x):
        return self._reduce(O.prod, self.distribution.cdf(x))

    def icdf(self, x):
        raise RuntimeError(
            'Cumulative distribution function for multivariate variable '
            'is not invertible.')

    def log_cdf(self, x):
        return self._reduce(O.sum, self.distribution.log_cdf(x))

    def log_prob(self, x):
        return self._reduce(O.sum, self.distribution.log_prob(x))

    def log_survival_function(self, x):
        return self._reduce(
            O.sum, self.distribution.log_survival_function(x))

    @property
    def mean(self):
        return self.distribution.mean

    @property
    def mode(self):
        return self.distribution.mode

    @property
    def params(self):
        return self.distribution.params

    def perplexity(self, x):
        return self._reduce(O.prod, self.distribution.perplexity(x))

    def prob(self, x):
        return self._reduce(O.prod, self.distribution.prob(x))

    def sample_n(self, n):
        return self.distribution.sample_n(n)

    @property
    def stddev(self):
        return self.distribution.stddev

    @property
    def support(self):
        return self.distribution.support

    def survival_function(self, x):
        return self._reduce(O.prod, self.distribution.survival_function(x))

    @property
    def variance(self):
        return self.distribution.variance

    @property
    def xp(self):
        return self.distribution.xp

    def _reduce(self, op, stat):
        range_ = tuple(range(-self.reinterpreted_batch_ndims, 0))
        return op(stat, axis=range_)

    def _get_default_reinterpreted_batch_ndims(self, distribution):
        ndims = len(distribution.batch_shape)
        return max(0, ndims - 1)

    @O.cached_property
    def _block_indicator(self):
        n_repeats = _size(
            self.distribution.batch_shape[-self.reinterpreted_batch_ndims:])
        dim = _size(self.distribution.event_shape)
        return numpy.fromfunction(
            lambda i, j: i // dim == j // dim,
            (n_repeats * dim, n_repeats * dim)).astype(int)


@distribution.register_kl(Independent, Independent)
def _kl_independent_independent(dist1, dist2):
    p = dist1.distribution
    q = dist2.distribution
    if dist1.event_shape == dist2.event_shape:
        if p.event_shape == q.event_shape:
            n_axes = len(dist1.event_shape) - len(p.event_shape)
            n_reduce_dims = tuple([-i - 1 for i in range(0, n_axes)])
            return O.sum(distribution.kl_divergence(p, q),
                         axis=n_reduce_dims)
        raise NotImplementedError(
            'KL between Independents with different '
            'event shapes not supported.')
    raise ValueError('Event shapes do not match.')
