"""``chainer.distribution``: the Distribution base class and the KL
registry (``register_kl`` / ``kl_divergence`` / ``cross_entropy``)."""
import copy

from chainer_compat import backend


class Distribution(object):
    """Interface of probability distributions (Chainer 7.8.1).

    Subclasses expose ``batch_shape``, ``event_shape``, ``params`` and
    whichever of ``log_prob``, ``prob``, ``cdf``, ``icdf``, ``entropy``,
    ``mean``, ``variance``, ``stddev``, ``sample_n`` ... they support; the
    rest raise ``NotImplementedError`` as in Chainer.
    """

    def _copy_to(self, target):
        target.__dict__ = copy.copy(self.__dict__)
        return target

    @property
    def batch_shape(self):
        raise NotImplementedError

    def cdf(self, x):
        raise NotImplementedError

    @property
    def covariance(self):
        raise NotImplementedError

    @property
    def entropy(self):
        raise NotImplementedError

    @property
    def event_shape(self):
        raise NotImplementedError

    def icdf(self, x):
        raise NotImplementedError

    def log_cdf(self, x):
        raise NotImplementedError

    def log_prob(self, x):
        raise NotImplementedError

    def log_survival_function(self, x):
        raise NotImplementedError

    @property
    def mean(self):
        raise NotImplementedError

    @property
    def mode(self):
        raise NotImplementedError

    @property
    def params(self):
        raise NotImplementedError

    def perplexity(self, x):
        raise NotImplementedError

    def prob(self, x):
        raise NotImplementedError

    def sample(self, sample_shape=()):
        """Samples of shape ``sample_shape + batch_shape + event_shape``."""
        final_shape = self.batch_shape + self.event_shape
        if sample_shape == ():
            n = 1
        elif isinstance(sample_shape, int):
            n = sample_shape
            final_shape = (n,) + final_shape
        else:
            n = 1
            for shape_ in sample_shape:
                n *= shape_
            final_shape = sample_shape + final_shape
        samples = self.sample_n(n)
        return samples.reshape(final_shape)

    def sample_n(self, n):
        raise NotImplementedError

    @property
    def stddev(self):
        raise NotImplementedError

    @property
    def support(self):
        raise NotImplementedError

    def survival_function(self, x):
        raise NotImplementedError

    @property
    def variance(self):
        raise NotImplementedError

    @property
    def xp(self):
        return backend.get_array_module(*self.params.values())


_KLDIVERGENCE = {}


def register_kl(Dist1, Dist2):
    """Decorator registering a KL divergence function for a pair of
    distribution classes.  (As in Chainer, the decorated name is bound to
    ``None``.)"""
    def f(kl):
        _KLDIVERGENCE[Dist1, Dist2] = kl
    return f


def kl_divergence(dist1, dist2):
    """KL(dist1 || dist2) via the registered function (KeyError if the pair
    is not registered, as in Chainer)."""
    return _KLDIVERGENCE[type(dist1), type(dist2)](dist1, dist2)


def cross_entropy(dist1, dist2):
    """``dist1.entropy() + kl_divergence(dist1, dist2)``.

    Chainer 7.8.1 *calls* ``entropy`` although it is a property, so this
    raises ``TypeError`` for every built-in distribution; reproduced as is
    (see docs/divergences.md).
    """
    return dist1.entropy() + kl_divergence(dist1, dist2)
