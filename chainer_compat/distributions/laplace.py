"""``chainer.distributions.Laplace``."""
import math

import numpy
import torch

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


def _laplace_cdf(x):
    def fn(t):
        return 0.5 - 0.5 * torch.sign(t) * torch.expm1(-torch.abs(t))
    return O.apply(fn, 'LaplaceCDF', O.as_variable(x))


def _laplace_icdf(x):
    def fn(t):
        h = 1 - 2 * t
        return torch.sign(h) * torch.log1p(-torch.abs(h))
    return O.apply(fn, 'LaplaceICDF', O.as_variable(x))


class Laplace(O._LocScale):
    """Laplace distribution (``loc``, ``scale``)."""

    def cdf(self, x):
        return _laplace_cdf((x - self.loc) / self.scale)

    @O.cached_property
    def entropy(self):
        return 1. + O.log(2 * self.scale)

    def icdf(self, x):
        return self.loc + self.scale * _laplace_icdf(x)

    def log_prob(self, x):
        scale = self.scale
        return - O.log(2 * scale) - abs(x - self.loc) / scale

    @O.cached_property
    def mean(self):
        return self.loc

    @O.cached_property
    def mode(self):
        return self.loc


    def prob(self, x):
        scale = self.scale
        return 0.5 / scale * O.exp(- abs(x - self.loc) / scale)

    def sample_n(self, n):
        eps = numpy.random.laplace(
            size=(n,) + self.loc.shape).astype(numpy.float32)
        return self.scale * O.device_array(eps, self.loc) + self.loc

    @O.cached_property
    def stddev(self):
        return math.sqrt(2) * self.scale

    @property
    def support(self):
        return 'real'

    @O.cached_property
    def variance(self):
        return 2 * self.scale ** 2


@distribution.register_kl(Laplace, Laplace)
def _kl_laplace_laplace(dist1, dist2):
    diff = abs(dist1.loc - dist2.loc)
    return (O.log(dist2.scale) - O.log(dist1.scale)
            + diff / dist2.scale
            + dist1.scale / dist2.scale * O.exp(-diff / dist1.scale)
            - 1)
