"""``chainer.distributions.Chisquare``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


class Chisquare(distribution.Distribution):
    """Chi-square distribution with ``k`` degrees of freedom."""

    def __init__(self, k):
        super(Chisquare, self).__init__()
        self.__k = k

    @O.cached_property
    def k(self):
        return O.as_variable(self.__k)

    @O.cached_property
    def _half_k(self):
        return 0.5 * self.k

    @property
    def batch_shape(self):
        return self.k.shape

    @O.cached_property
    def entropy(self):
        return (self._half_k
                + numpy.log(2.)
                + O.lgamma(self._half_k)
                + (1 - self._half_k) * O.digamma(self._half_k))

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        return (- O.lgamma(self._half_k)
                - self._half_k * numpy.log(2.)
                + (self._half_k - 1) * O.log(x)
                - 0.5 * x)

    @O.cached_property
    def mean(self):
        return self.k

    @property
    def params(self):
        return {'k': self.k}

    def sample_n(self, n):
        eps = numpy.random.chisquare(
            self.k.data, (n,) + self.k.shape).astype(self.k.dtype)
        return O.as_variable(O.device_array(eps, self.k))

    @property
    def support(self):
        return 'positive'

    @O.cached_property
    def variance(self):
        return 2 * self.k
