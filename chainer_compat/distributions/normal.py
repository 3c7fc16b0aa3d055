"""``chainer.distributions.Normal``."""
import math

import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O
from chainer_compat.utils import argument

ENTROPYC = 0.5 * math.log(2 * math.pi * math.e)
LOGPROBC = - 0.5 * math.log(2 * math.pi)
PROBC = 1. / (2 * math.pi) ** 0.5


class Normal(distribution.Distribution):
    """Normal distribution N(loc, scale^2); ``log_scale=`` may replace
    ``scale``.  ``sample`` is reparameterised (``loc + scale * eps`` with
    ``eps`` from ``numpy.random.standard_normal`` on CPU)."""

    def __init__(self, loc, scale=None, **kwargs):
        super(Normal, self).__init__()
        log_scale = None
        if kwargs:
            log_scale, = argument.parse_kwargs(
                kwargs, ('log_scale', log_scale))
        if not (scale is None) ^ (log_scale is None):
            raise ValueError(
                'Either `scale` or `log_scale` (not both) must have a value.')
        self.__loc = loc
        self.__scale = scale
        self.__log_scale = log_scale

    @O.cached_property
    def loc(self):
        return O.as_variable(self.__loc)

    @O.cached_property
    def scale(self):
        if self.__scale is not None:
            return O.as_variable(self.__scale)
        return O.exp(self.log_scale)

    @O.cached_property
    def log_scale(self):
        if self.__log_scale is not None:
            return O.as_variable(self.__log_scale)
        return O.log(self.scale)

    @property
    def batch_shape(self):
        return self.loc.shape

    def cdf(self, x):
        return O.ndtr((x - self.loc) / self.scale)

    @O.cached_property
    def entropy(self):
        return self.log_scale + ENTROPYC

    @property
    def event_shape(self):
        return ()

    def icdf(self, x):
        return self.loc + self.scale * O.ndtri(x)

    def log_cdf(self, x):
        return O.log_ndtr((x - self.loc) / self.scale)

    def log_prob(self, x):
        return (LOGPROBC - self.log_scale
                - 0.5 * (x - self.loc) ** 2 / self.variance)

    def log_survival_function(self, x):
        return O.log_ndtr((self.loc - x) / self.scale)

    @O.cached_property
    def mean(self):
        return self.loc

    @property
    def params(self):
        return {'loc': self.loc, 'scale': self.scale}

    def prob(self, x):
        return ((PROBC / self.scale)
                * O.exp(-0.5 * (x - self.loc) ** 2 / self.variance))

    def sample_n(self, n):
        dtype = self.loc.dtype
        shape = (n,) + self.loc.shape
        eps = numpy.random.standard_normal(shape).astype(dtype)
        return self.loc + self.scale * O.device_array(eps, self.loc)

    @O.cached_property
    def stddev(self):
        return self.scale

    @property
    def support(self):
        return 'real'

    def survival_function(self, x):
        return O.ndtr((self.loc - x) / self.scale)

    @O.cached_property
    def variance(self):
        return self.scale ** 2


@distribution.register_kl(Normal, Normal)
def _kl_normal_normal(dist1, dist2):
    return (dist2.log_scale - dist1.log_scale
            + 0.5 * (dist1.variance + (dist1.loc - dist2.loc) ** 2)
            / dist2.variance
            - 0.5)
