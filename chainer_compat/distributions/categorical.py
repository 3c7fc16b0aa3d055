"""``chainer.distributions.Categorical``."""
import numpy

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O
from chainer_compat.utils import argument


class Categorical(distribution.Distribution):
    """Categorical distribution over the last axis of ``p`` (or
    ``logit=``); samples are class indices."""

    def __init__(self, p=None, **kwargs):
        logit = None
        if kwargs:
            logit, = argument.parse_kwargs(
                kwargs, ('logit', logit))
        if not (p is None) ^ (logit is None):
            raise ValueError(
                'Either `p` or `logit` (not both) must have a value.')
        self.__p = p
        self.__logit = logit

    @O.cached_property
    def p(self):
        if self.__p is not None:
            return O.as_variable(self.__p)
        return O.exp(self.log_p)

    @O.cached_property
    def log_p(self):
        if self.__p is not None:
            return O.log(self.__p)
        return O.log_softmax(self.__logit, axis=-1)

    @property
    def batch_shape(self):
        return self.p.shape[:-1]

    @property
    def event_shape(self):
        return ()

    @O.cached_property
    def entropy(self):
        return - O.sum(O.modified_xlogx(self.p), axis=-1)

    def log_prob(self, x):
        mg = numpy.meshgrid(
            *(range(i) for i in self.batch_shape),
            indexing='ij')
        xa = O.data(x).astype(numpy.int32)
        index = tuple(mg) + (xa,)
        return O.getitem(self.log_p, tuple(
            O._t(numpy.asarray(i, dtype=numpy.int64)) for i in index))

    @property
    def params(self):
        return {'p': self.p}

    def sample_n(self, n):
        onebyone_p = self.p.data.reshape(-1, self.p.shape[-1])
        eps = [numpy.random.choice(one_p.shape[0], size=(n,), p=one_p)
               for one_p in onebyone_p]
        eps = numpy.vstack(eps).T.reshape((n,) + self.batch_shape)
        return O.as_variable(O.device_array(eps, self.p))


@distribution.register_kl(Categorical, Categorical)
def _kl_categorical_categorical(dist1, dist2):
    return O.sum(dist1.p * (dist1.log_p - dist2.log_p), axis=-1)
