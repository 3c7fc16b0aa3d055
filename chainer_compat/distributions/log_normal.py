"""``chainer.distributions.LogNormal``."""
import math

import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O

LOGPROBC = - 0.5 * math.log(2 * math.pi)


class LogNormal(distribution.Distribution):
    """Log-normal distribution: ``log x ~ N(mu, sigma^2)``."""

    def __init__(self, mu, sigma):
        super(LogNormal, self).__init__()
        self.__mu = mu
        self.__sigma = sigma

    @O.cached_property
    def mu(self):
        return O.as_variable(self.__mu)

    @O.cached_property
    def sigma(self):
        return O.as_variable(self.__sigma)

    @O.cached_property
    def _log_sigma(self):
        return O.log(self.sigma)

    @property
    def batch_shape(self):
        return self.mu.shape

    @O.cached_property
    def entropy(self):
        return 0.5 - LOGPROBC + self._log_sigma + self.mu

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        logx = O.log(x)
        return (LOGPROBC - self._log_sigma - logx
                - (0.5 * (logx - self.mu) ** 2 / self.sigma ** 2))

    @O.cached_property
    def mean(self):
        return O.exp(self.mu + 0.5 * self.sigma ** 2)

    @property
    def params(self):
        return {'mu': self.mu, 'sigma': self.sigma}

    def sample_n(self, n):
        eps = numpy.random.standard_normal(
            (n,) + self.mu.shape).astype(self.mu.dtype)
        noise = self.sigma * O.device_array(eps, self.mu)
        noise = noise + self.mu
        return O.exp(noise)

    @property
    def support(self):
        return 'positive'

    @O.cached_property
    def variance(self):
        return (O.exp(2 * self.mu + self.sigma ** 2)
                * (O.exp(self.sigma ** 2) - 1))


@distribution.register_kl(LogNormal, LogNormal)
def _kl_log_normal_log_normal(dist1, dist2):
    return (0.5 * ((dist1.mu - dist2.mu) ** 2 + dist1.sigma ** 2)
            / dist2.sigma ** 2
            - 0.5 + dist2._log_sigma - dist1._log_sigma)
