"""``chainer.distributions.OneHotCategorical``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


def _random_choice(a, size, p):
    try:
        return numpy.random.choice(a, size, p=p)
    except ValueError:
        tol = numpy.finfo(p.dtype).eps ** 0.5
        p = p.astype(numpy.float64)
        numpy.testing.assert_allclose(p.sum(), 1, rtol=0, atol=tol)
        p /= p.sum()
        return numpy.random.choice(a, size, p=p)


class OneHotCategorical(distribution.Distribution):
    """Categorical distribution whose samples are one-hot vectors."""

    def __init__(self, p):
        super(OneHotCategorical, self).__init__()
        self.__p = p

    @O.cached_property
    def p(self):
        return O.as_variable(self.__p)

    @O.cached_property
    def log_p(self):
        return O.log(self.p)

    @property
    def batch_shape(self):
        return self.p.shape[:-1]

    @property
    def event_shape(self):
        return self.p.shape[-1:]

    def log_prob(self, x):
        return O.sum(self.log_p * x, axis=-1)

    @O.cached_property
    def mean(self):
        return self.p

    @property
    def params(self):
        return {'p': self.p}

    def sample_n(self, n):
        obo_p = self.p.data.reshape((-1,) + self.event_shape)
        eye = numpy.eye(self.event_shape[0], dtype=self.p.dtype)
        eps = [_random_choice(one_p.shape[0], size=(n,), p=one_p)
               for one_p in obo_p]
        eps = numpy.stack(eps, axis=1).reshape((n,) + self.batch_shape)
        eps = eye[eps]
        return O.as_variable(O.device_array(eps, self.p))

    @O.cached_property
    def variance(self):
        return self.p * (1. - self.p)


@distribution.register_kl(OneHotCategorical, OneHotCategorical)
def _kl_one_hot_categorical_one_hot_categorical(dist1, dist2):
    return O.sum(dist1.p * (dist1.log_p - dist2.log_p), axis=-1)
