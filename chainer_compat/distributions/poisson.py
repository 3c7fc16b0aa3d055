"""``chainer.distributions.Poisson``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


class Poisson(distribution.Distribution):
    """Poisson distribution with rate ``lam``."""

    def __init__(self, lam):
        super(Poisson, self).__init__()
        self.__lam = lam

    @O.cached_property
    def lam(self):
        return O.as_variable(self.__lam)

    @O.cached_property
    def _log_lam(self):
        return O.log(self.lam)

    @property
    def batch_shape(self):
        return self.lam.shape

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        x = O.data(x)
        x = numpy.asarray(x).astype(self.lam.dtype)
        xp1 = numpy.asarray((x + 1).astype(self.lam.dtype))
        return x * self._log_lam - O.lgamma(xp1) - self.lam

    @O.cached_property
    def mean(self):
        return self.lam

    @property
    def params(self):
        return {'lam': self.lam}

    def sample_n(self, n):
        eps = numpy.random.poisson(
            self.lam.data, size=(n,) + self.batch_shape).astype(numpy.float32)
        return O.as_variable(O.device_array(eps, self.lam))

    @property
    def support(self):
        return 'non negative integer'

    @O.cached_property
    def variance(self):
        return self.lam


@distribution.register_kl(Poisson, Poisson)
def _kl_poisson_poisson(dist1, dist2):
    return (dist1.lam * (dist1._log_lam - dist2._log_lam)
            - dist1.lam + dist2.lam)
