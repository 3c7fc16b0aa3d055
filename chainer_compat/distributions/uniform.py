"""``chainer.distributions.Uniform``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O
from chainer_compat.utils import argument


class Uniform(distribution.Distribution):
    """Uniform distribution given ``low=, high=`` or ``loc=, scale=``."""

    def __init__(self, **kwargs):
        low, high, loc, scale = None, None, None, None
        if kwargs:
            low, high, loc, scale = argument.parse_kwargs(
                kwargs, ('low', low), ('high', high), ('loc', loc),
                ('scale', scale))
        self._use_low_high = low is not None and high is not None
        self._use_loc_scale = loc is not None and scale is not None
        if not (self._use_low_high ^ self._use_loc_scale):
            raise ValueError(
                'Either `low, high` or `loc, scale` (not both) must have a '
                'value.')
        self.__low = low
        self.__high = high
        self.__loc = loc
        self.__scale = scale

    @O.cached_property
    def low(self):
        if self._use_low_high:
            return O.as_variable(self.__low)
        return self.loc

    @O.cached_property
    def high(self):
        if self._use_low_high:
            return O.as_variable(self.__high)
        return self.loc + self.scale

    @O.cached_property
    def loc(self):
        if self._use_loc_scale:
            return O.as_variable(self.__loc)
        return self.low

    @O.cached_property
    def scale(self):
        if self._use_loc_scale:
            return O.as_variable(self.__scale)
        return self.high - self.low

    @property
    def batch_shape(self):
        return self.low.shape

    def cdf(self, x):
        return O.clip((x - self.loc) / self.scale, 0., 1.)

    @O.cached_property
    def entropy(self):
        return O.log(self.scale)

    @property
    def event_shape(self):
        return ()

    def icdf(self, x):
        return x * self.scale + self.loc

    def log_prob(self, x):
        x = O.as_variable(x)
        logp = O.broadcast_to(-O.log(self.scale), x.shape)
        return O.where(
            numpy.asarray((x.data >= self.low.data) &
                          (x.data <= self.high.data)),
            logp, numpy.array(-numpy.inf, logp.dtype))

    @O.cached_property
    def mean(self):
        return (self.high + self.low) / 2

    @property
    def params(self):
        if self._use_low_high:
            return {'low': self.low, 'high': self.high}
        return {'loc': self.loc, 'scale': self.scale}

    def sample_n(self, n):
        eps = numpy.random.uniform(
            0, 1, (n,) + self.low.shape).astype(self.low.dtype)
        return self.icdf(O.device_array(eps, self.low))

    @O.cached_property
    def stddev(self):
        return O.sqrt(self.variance)

    @property
    def support(self):
        return '[low, high]'

    @O.cached_property
    def variance(self):
        return self.scale ** 2 / 12


@distribution.register_kl(Uniform, Uniform)
def _kl_uniform_uniform(dist1, dist2):
    is_inf = numpy.logical_or(dist1.high.data > dist2.high.data,
                              dist1.low.data < dist2.low.data)
    kl = (- O.log(dist1.high - dist1.low)
          + O.log(dist2.high - dist2.low))
    inf = numpy.array(numpy.inf, dist1.high.dtype)
    return O.where(is_inf, inf, kl)
