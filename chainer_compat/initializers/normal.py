"""Normal-distribution initializers, drawing from numpy's global RNG."""
import numpy

from chainer_compat import initializer
from chainer_compat.utils import argument


def _parse_rng(kwargs):
    rng = None
    if kwargs:
        rng, = argument.parse_kwargs(kwargs, ('rng', rng))
    return rng


def _fill_normal(array, scale, rng):
    # Chainer: numpy.random.normal(loc=0, scale, size) written in place.
    src = numpy.random if rng is None else rng
    array[...] = src.normal(loc=0.0, scale=scale, size=array.shape)


class Normal(initializer.Initializer):

    """Initializes array with a normal distribution (``scale`` is the std)."""

    def __init__(self, scale=0.05, dtype=None, **kwargs):
        self.scale = scale
        self.rng = _parse_rng(kwargs)
        super(Normal, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype, \
                '{} != {}'.format(array.dtype, self.dtype)
        _fill_normal(array, self.scale, self.rng)


class LeCunNormal(initializer.Initializer):

    """N(0, scale^2 / fan_in) (Chainer's default weight initializer)."""

    def __init__(self, scale=1.0, dtype=None, **kwargs):
        self.scale = scale
        self.rng = _parse_rng(kwargs)
        super(LeCunNormal, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype, \
                '{} != {}'.format(array.dtype, self.dtype)
        fan_in, fan_out = initializer.get_fans(array.shape)
        s = self.scale * numpy.sqrt(1. / fan_in)
        Normal(s, rng=self.rng)(array)


class GlorotNormal(initializer.Initializer):

    """N(0, scale^2 * 2 / (fan_in + fan_out))."""

    def __init__(self, scale=1.0, dtype=None, **kwargs):
        self.scale = scale
        self.rng = _parse_rng(kwargs)
        super(GlorotNormal, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype, \
                '{} != {}'.format(array.dtype, self.dtype)
        fan_in, fan_out = initializer.get_fans(array.shape)
        s = self.scale * numpy.sqrt(2. / (fan_in + fan_out))
        Normal(s, rng=self.rng)(array)


class HeNormal(initializer.Initializer):

    """N(0, scale^2 * 2 / fan) with ``fan_option`` 'fan_in' or 'fan_out'."""

    def __init__(self, scale=1.0, dtype=None, fan_option='fan_in', **kwargs):
        self.scale = scale
        self.fan_option = fan_option
        self.rng = _parse_rng(kwargs)
        super(HeNormal, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype, \
                '{} != {}'.format(array.dtype, self.dtype)
        fan_in, fan_out = initializer.get_fans(array.shape)
        if self.fan_option == 'fan_in':
            s = self.scale * numpy.sqrt(2. / fan_in)
        elif self.fan_option == 'fan_out':
            s = self.scale * numpy.sqrt(2. / fan_out)
        else:
            raise ValueError(
                'fan_option should be either \'fan_in\' or \'fan_out\'.')
        Normal(s, rng=self.rng)(array)
