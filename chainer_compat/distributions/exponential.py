"""``chainer.distributions.Exponential``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


class Exponential(distribution.Distribution):
    """Exponential distribution with rate ``lam``."""

    def __init__(self, lam):
        super(Exponential, self).__init__()
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

    def cdf(self, x):
        return - O.expm1(-self.lam * x)

    @O.cached_property
    def entropy(self):
        return 1 - self._log_lam

    @property
    def event_shape(self):
        return ()

    def icdf(self, x):
        x = O.as_variable(x)
        return -1 / self.lam * O.log1p(-x)

    def log_prob(self, x):
        logp = self._log_lam - self.lam * x
        xa = O.data(x)
        inf = numpy.full_like(logp.array, numpy.inf)
        return O.where(numpy.asarray(xa >= 0), logp, numpy.asarray(-inf))

    @O.cached_property
    def mean(self):
        return 1 / self.lam

    @property
    def params(self):
        return {'lam': self.lam}

    def sample_n(self, n):
        eps = numpy.random.standard_exponential(
            (n,) + self.lam.shape).astype(self.lam.dtype)
        return O.device_array(eps, self.lam) / self.lam

    @property
    def support(self):
        return 'positive'

    @O.cached_property
    def variance(self):
        return self.mean ** 2


@distribution.register_kl(Exponential, Exponential)
def _kl_exponential_exponential(dist1, dist2):
    return (dist1._log_lam - dist2._log_lam
            + dist2.lam / dist1.lam - 1.)
