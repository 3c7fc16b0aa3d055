"""``chainer.distributions.Dirichlet``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


def _lbeta(x):
    return (O.sum(O.lgamma(x), axis=-1)
            - O.lgamma(O.sum(x, axis=-1)))


class Dirichlet(distribution.Distribution):
    """Dirichlet distribution with concentration ``alpha`` (last axis is
    the event axis)."""

    def __init__(self, alpha):
        self.__alpha = alpha

    @O.cached_property
    def alpha(self):
        return O.as_variable(self.__alpha)

    @O.cached_property
    def alpha0(self):
        return O.sum(self.alpha, axis=-1)

    @property
    def batch_shape(self):
        return self.alpha.shape[:-1]

    @O.cached_property
    def entropy(self):
        return (_lbeta(self.alpha)
                + ((self.alpha0 - self.event_shape[0])
                   * O.digamma(self.alpha0))
                - O.sum((self.alpha - 1) * O.digamma(self.alpha), axis=-1))

    @property
    def event_shape(self):
        return self.alpha.shape[-1:]

    def log_prob(self, x):
        return (- _lbeta(self.alpha)
                + O.sum((self.alpha - 1) * O.log(x), axis=-1))

    @O.cached_property
    def mean(self):
        alpha0 = O.expand_dims(self.alpha0, axis=-1)
        return self.alpha / alpha0

    @property
    def params(self):
        return {'alpha': self.alpha}

    def sample_n(self, n):
        obo_alpha = self.alpha.data.reshape(-1, self.event_shape[0])
        eps = [numpy.random.dirichlet(one_alpha, size=(n,)).astype(
            numpy.float32) for one_alpha in obo_alpha]
        eps = [numpy.expand_dims(eps_, 0) for eps_ in eps]
        eps = numpy.swapaxes(numpy.vstack(eps), 0, 1)
        eps = eps.reshape((n,) + self.alpha.shape)
        return O.as_variable(O.device_array(eps, self.alpha))

    @property
    def support(self):
        return '[0, 1]'

    @O.cached_property
    def variance(self):
        alpha0 = O.expand_dims(self.alpha0, axis=-1)
        return (self.alpha * (alpha0 - self.alpha)
                / alpha0 ** 2 / (alpha0 + 1))


@distribution.register_kl(Dirichlet, Dirichlet)
def _kl_dirichlet_dirichlet(dist1, dist2):
    return (- _lbeta(dist1.alpha)
            + _lbeta(dist2.alpha)
            + O.sum((dist1.alpha - dist2.alpha)
                    * (O.digamma(dist1.alpha)
                       - O.expand_dims(O.digamma(dist1.alpha0), axis=-1)),
                    axis=-1))
