"""``chainer.distributions.Bernoulli``."""
import numpy
import torch

from chainer_compat import distribution
from chainer_compat.distributions import _ops as O


class _BernoulliLogProb(torch.autograd.Function):
    # Chainer's gradient is NaN where logit is +-inf (or x invalid when
    # binary_check): autograd of the finite formula cannot express that.

    @staticmethod
    def forward(ctx, lt, xt, binary_check):
        y = lt * (xt - 1) - torch.log(torch.exp(-lt) + 1)
        isinf = torch.isinf(lt)
        pinf = isinf & (lt > 0)
        minf = isinf & (lt <= 0)
        y = torch.where(pinf, torch.log(xt), y)
        y = torch.where(minf, torch.log(1 - xt), y)
        bad = isinf
        if binary_check:
            invalid = (xt != 0) & (xt != 1)
            y = torch.where(invalid, torch.full_like(y, -numpy.inf), y)
            bad = bad | invalid
        ctx.save_for_backward(lt, xt, bad)
        return y

    @staticmethod
    def backward(ctx, gy):
        lt, xt, bad = ctx.saved_tensors
        d = xt - 1. / (1. + torch.exp(-lt))
        d = torch.where(bad, torch.full_like(d, numpy.nan), d)
        return gy * d, None, None


def _bernoulli_log_prob(logit, x, binary_check=False):
    logit = O.as_variable(logit)

    def fn(lt, xt):
        xt = xt.to(lt.dtype)
        if bool(((xt < 0) | (xt > 1)).any()):
            # Chainer evaluates log(x) and log(1 - x) under
            # numpy.errstate(invalid='raise')
            raise FloatingPointError('invalid value encountered in log')
        if xt.shape != lt.shape:
            shape = torch.broadcast_shapes(xt.shape, lt.shape)
            xt = xt.broadcast_to(shape)
            lt = lt.broadcast_to(shape)
        return _BernoulliLogProb.apply(lt, xt, binary_check)
    return O.apply(fn, 'BernoulliLogProb', logit, O._t(x))


class Bernoulli(distribution.Distribution):
    """Bernoulli distribution given ``p`` or ``logit``."""

    def __init__(self, p=None, logit=None, binary_check=False):
        super(Bernoulli, self).__init__()
        if not (p is None) ^ (logit is None):
            raise ValueError(
                'Either `p` or `logit` (not both) must have a value.')
        self.__p = p
        self.__logit = logit
        self.binary_check = binary_check

    @O.cached_property
    def p(self):
        if self.__p is not None:
            return O.as_variable(self.__p)
        return O.sigmoid(self.logit)

    @O.cached_property
    def logit(self):
        if self.__logit is not None:
            return O.as_variable(self.__logit)
        return O.log(self.p) - O.log1p(-self.p)

    @property
    def batch_shape(self):
        return self.p.shape

    @property
    def entropy(self):
        p = self.p
        q = p.dtype.type(1.) - p
        return - O.modified_xlogx(p) - O.modified_xlogx(q)

    @property
    def event_shape(self):
        return ()

    def log_prob(self, x):
        return _bernoulli_log_prob(self.logit, x, self.binary_check)

    @O.cached_property
    def mean(self):
        return self.p

    @property
    def params(self):
        return {'logit': self.logit}

    def prob(self, x):
        x = O.as_variable(x)
        prob = x * self.p + (1 - x) * (1 - self.p)
        if self.binary_check:
            valid = numpy.bitwise_or(x.array == 0, x.array == 1)
            prob *= valid
        return prob

    def sample_n(self, n):
        eps = numpy.random.binomial(
            1, self.p.array, size=(n,) + self.p.shape)
        return O.as_variable(O.device_array(eps, self.p))

    @O.cached_property
    def stddev(self):
        return self.variance ** 0.5

    @property
    def support(self):
        return '{0, 1}'

    @O.cached_property
    def variance(self):
        return self.p * (1 - self.p)


@distribution.register_kl(Bernoulli, Bernoulli)
def _kl_bernoulli_bernoulli(dist1, dist2):
    return ((dist1.logit - dist2.logit) * (dist1.p - 1.)
            - O.log(O.exp(-dist1.logit) + 1)
            + O.log(O.exp(-dist2.logit) + 1))
