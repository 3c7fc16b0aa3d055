"""``chainer.distributions.Pareto``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


class Pareto(distribution.Distribution):
    """Pareto distribution (``scale``, ``alpha``)."""

    def __init__(self, scale, alpha):
        super(Pareto, self).__init__()
        self.__scale = scale
        self.__alpha = alpha

    @O.cached_property
    def scale(self):
        return O.as_variable(self.__scale)

    @O.cached_property
    def alpha(self):
        return O.as_variable(self.__alpha)

    @O.cached_property
    def _log_scale(self):
        return O.log(self.scale)

    @O.cached_property
    def _log_alpha(self):
        return O.log(self.alpha)

    @property
    def batch_shape(self):
        return self.scale.shape

    @O.cached_property
    def entropy(self):
        return (- self._log_alpha + self._log_scale
                + 1. / self.alpha + 1.)

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        x = O.as_variable(x)
        logp = (self._log_alpha
                + self.alpha * self._log_scale
                - (self.alpha + 1) * O.log(x))
        return O.where(numpy.asarray(x.data >= self.scale.data), logp,
                       numpy.array(-numpy.inf, logp.dtype))

    @O.cached_property
    def mean(self):
        mean = (self.alpha * self.scale / (self.alpha - 1))
        return O.where(self.alpha.data > 1, mean,
                       numpy.array(numpy.inf, mean.dtype))

    @property
    def params(self):
        return {'scale': self.scale, 'alpha': self.alpha}

    def sample_n(self, n):
        eps = numpy.random.pareto(
            self.alpha.data, (n,) + self.batch_shape).astype(
                self.alpha.dtype)
        return self.scale * (O.device_array(eps, self.alpha) + 1)

    @property
    def support(self):
        return '[scale, inf]'

    @O.cached_property
    def variance(self):
        var = (self.scale ** 2 * self.alpha
               / (self.alpha - 1) ** 2 / (self.alpha - 2))
        return O.where(self.alpha.data > 2, var,
                       numpy.array(numpy.inf, var.dtype))


@distribution.register_kl(Pareto, Pareto)
def _kl_pareto_pareto(dist1, dist2):
    kl = (dist2.alpha * (dist1._log_scale - dist2._log_scale)
          + dist1._log_alpha - dist2._log_alpha
          + (dist2.alpha - dist1.alpha) / dist1.alpha)
    return O.where(dist1.scale.data >= dist2.scale.data, kl,
                   numpy.array(numpy.inf, kl.dtype))
