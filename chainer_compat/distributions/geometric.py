"""``chainer.distributions.Geometric``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


class Geometric(distribution.Distribution):
    """Geometric distribution (number of trials to the first success)."""

    def __init__(self, p):
        super(Geometric, self).__init__()
        self.__p = p

    @O.cached_property
    def p(self):
        return O.as_variable(self.__p)

    @property
    def batch_shape(self):
        return self.p.shape

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        return (x - 1) * O.log(1 - self.p) + O.log(self.p)

    @O.cached_property
    def mean(self):
        return 1 / self.p

    @property
    def params(self):
        return {'p': self.p}

    def sample_n(self, n):
        eps = numpy.random.geometric(
            self.p.data, size=(n,) + self.batch_shape).astype(self.p.dtype)
        return O.as_variable(O.device_array(eps, self.p))

    @property
    def support(self):
        return 'positive integer'

    @O.cached_property
    def variance(self):
        return (1 - self.p) / self.p ** 2


@distribution.register_kl(Geometric, Geometric)
def _kl_geometric_geometric(dist1, dist2):
    return ((1 / dist1.p - 1)
            * (O.log(1 - dist1.p) - O.log(1 - dist2.p))
            + O.log(dist1.p) - O.log(dist2.p))
