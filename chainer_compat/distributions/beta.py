"""``chainer.distributions.Beta``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


def _lbeta(a, b):
    return O.lgamma(a) + O.lgamma(b) - O.lgamma(a + b)


class Beta(distribution.Distribution):
    """Beta distribution with shape parameters ``a`` and ``b``."""

    def __init__(self, a, b):
        super(Beta, self).__init__()
        self.__a = a
        self.__b = b

    @O.cached_property
    def a(self):
        return O.as_variable(self.__a)

    @O.cached_property
    def b(self):
        return O.as_variable(self.__b)

    @O.cached_property
    def _a_plus_b(self):
        return self.a + self.b

    @property
    def batch_shape(self):
        return self.a.shape

    @O.cached_property
    def entropy(self):
        apb = self._a_plus_b
        return (_lbeta(self.a, self.b)
                - (self.a - 1) * O.digamma(self.a)
                - (self.b - 1) * O.digamma(self.b)
                + (apb - 2) * O.digamma(apb))

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        x = O.as_variable(x)
        logp = ((self.a - 1) * O.log(x)
                + (self.b - 1) * O.log(1 - x)
                - _lbeta(self.a, self.b))
        return O.where((x.array >= 0) & (x.array <= 1), logp,
                       numpy.array(-numpy.inf, logp.dtype))

    @O.cached_property
    def mean(self):
        return self.a / self._a_plus_b

    @property
    def params(self):
        return {'a': self.a, 'b': self.b}

    def sample_n(self, n):
        eps = numpy.random.beta(self.a.data, self.b.data,
                                size=(n,) + self.a.shape)
        return O.as_variable(O.device_array(eps.astype(self.a.dtype), self.a))

    @property
    def support(self):
        return '[0, 1]'

    @O.cached_property
    def variance(self):
        apb = self._a_plus_b
        return self.a * self.b / apb ** 2 / (apb + 1)


@distribution.register_kl(Beta, Beta)
def _kl_beta_beta(dist1, dist2):
    dist1_apb = dist1._a_plus_b
    dist2_apb = dist2._a_plus_b
    return (- _lbeta(dist1.a, dist1.b)
            + _lbeta(dist2.a, dist2.b)
            + (dist1.a - dist2.a) * O.digamma(dist1.a)
            + (dist1.b - dist2.b) * O.digamma(dist1.b)
            + (dist2_apb - dist1_apb) * O.digamma(dist1_apb))
