"""``chainer.distributions.Gamma``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


class Gamma(distribution.Distribution):
    """Gamma distribution with shape ``k`` and scale ``theta``."""

    def __init__(self, k, theta):
        super(Gamma, self).__init__()
        self.__k = k
        self.__theta = theta

    @O.cached_property
    def k(self):
        return O.as_variable(self.__k)

    @O.cached_property
    def theta(self):
        return O.as_variable(self.__theta)

    @property
    def batch_shape(self):
        return self.k.shape

    @O.cached_property
    def entropy(self):
        return (self.k + O.log(self.theta) + O.lgamma(self.k)
                + (1 - self.k) * O.digamma(self.k))

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        logp = (- O.lgamma(self.k)
                - self.k * O.log(self.theta)
                + (self.k - 1) * O.log(x)
                - x / self.theta)
        inf = numpy.full_like(logp.array, numpy.inf)
        xa = O.data(x)
        return O.where(numpy.asarray(xa >= 0), logp, numpy.asarray(-inf))

    @O.cached_property
    def mean(self):
        return self.k * self.theta

    @property
    def params(self):
        return {'k': self.k, 'theta': self.theta}

    def sample_n(self, n):
        eps = numpy.random.gamma(
            self.k.data, size=(n,) + self.batch_shape).astype(self.k.dtype)
        eps = O.device_array(eps, self.k)
        return O.broadcast_to(self.theta, eps.shape) * eps

    @property
    def support(self):
        return 'positive'

    @O.cached_property
    def variance(self):
        return self.mean * self.theta


@distribution.register_kl(Gamma, Gamma)
def _kl_gamma_gamma(dist1, dist2):
    return ((dist1.k - dist2.k) * O.digamma(dist1.k)
            - (O.lgamma(dist1.k) - O.lgamma(dist2.k))
            + dist2.k * (O.log(dist2.theta) - O.log(dist1.theta))
            + dist1.k * (dist1.theta / dist2.theta - 1))
