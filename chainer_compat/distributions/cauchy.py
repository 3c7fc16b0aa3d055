"""``chainer.distributions.Cauchy``."""
import warnings

import numpy

from chainer_compat.distributions import _ops as O


def _cauchy_icdf(x):
    x = O.as_variable(x)
    h = (x - 0.5) * numpy.pi
    return O.tan(h)


class Cauchy(O._LocScale):
    """Cauchy distribution (``loc``, ``scale``)."""

    def cdf(self, x):
        return (1 / numpy.pi * O.arctan((x - self.loc) / self.scale)) + 0.5

    @O.cached_property
    def entropy(self):
        return O.log(4 * numpy.pi * self.scale)

    def icdf(self, x):
        return self.loc + self.scale * _cauchy_icdf(x)

    def log_prob(self, x):
        return (- numpy.log(numpy.pi)
                + O.log(self.scale)
                - O.log((x - self.loc) ** 2 + self.scale ** 2))

    @O.cached_property
    def mean(self):
        warnings.warn('Mean of the cauchy distribution is undefined.',
                      RuntimeWarning)
        return O.as_variable(numpy.full_like(self.loc.data, numpy.nan))


    def sample_n(self, n):
        eps = numpy.random.standard_cauchy(
            (n,) + self.loc.shape).astype(self.loc.dtype)
        return self.scale * O.device_array(eps, self.loc) + self.loc

    @property
    def support(self):
        return 'real'

    @O.cached_property
    def variance(self):
        warnings.warn('Variance of the cauchy distribution is undefined.',
                      RuntimeWarning)
        return O.as_variable(numpy.full_like(self.loc.data, numpy.nan))
