"""``chainer.distributions.Gumbel``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O

EULER = 0.57721566490153286060651209008240243104215933593992


class Gumbel(O._LocScale):
    """Gumbel distribution (``loc``, ``scale``)."""

    @O.cached_property
    def _log_scale(self):
        return O.log(self.scale)

    @O.cached_property
    def entropy(self):
        return self._log_scale + (EULER + 1)

    def log_prob(self, x):
        y = (x - self.loc) / self.scale
        return - self._log_scale - y - O.exp(-y)

    @O.cached_property
    def mean(self):
        return self.loc + EULER * self.scale


    def sample_n(self, n):
        eps = numpy.random.gumbel(
            size=(n,) + self.batch_shape).astype(self.loc.dtype)
        return self.scale * O.device_array(eps, self.loc) + self.loc

    @property
    def support(self):
        return 'real'

    @O.cached_property
    def variance(self):
        return (numpy.pi ** 2 / 6) * self.scale ** 2


@distribution.register_kl(Gumbel, Gumbel)
def _kl_gumbel_gumbel(dist1, dist2):
    scale_1d2 = dist1.scale / dist2.scale
    return (dist2._log_scale - dist1._log_scale
            + EULER * (scale_1d2 - 1.)
            + O.exp((dist2.loc - dist1.loc) / dist2.scale
                    + O.lgamma(scale_1d2 + 1.))
            - 1
            + (dist1.loc - dist2.loc) / dist2.scale)
