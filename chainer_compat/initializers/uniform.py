"""Uniform-distribution initializers, drawing from numpy's global RNG."""
import numpy

from chainer_compat import initializer
from chainer_compat.utils import argument


def _parse_rng(kwargs):
    rng = None
    if kwargs:
        rng, = argument.parse_kwargs(kwargs, ('rng', rng))
    return rng


def _check_dtype(self, array):
    if self.dtype is not None:
        assert array.dtype == self.dtype, \
            '{} != {}'.format(array.dtype, self.dtype)


class Uniform(initializer.Initializer):

    """U(-scale, scale), drawn with ``numpy.random.uniform`` (or ``rng``)."""

    def __init__(self, scale=0.05, dtype=None, **kwargs):
        self.scale = scale
        self.rng = _parse_rng(kwargs)
        super(Uniform, self).__init__(dtype)

    def __call__(self, array):
        _check_dtype(self, array)
        src = numpy.random if self.rng is None else self.rng
        # Chainer: one float64 draw of the full shape, cast on assignment.
        array[...] = numpy.asarray(src.uniform(
            low=-self.scale, high=self.scale, size=array.shape)).astype(
                array.dtype, copy=False)


class LeCunUniform(initializer.Initializer):

    """U(-s, s) with ``s = scale * sqrt(3 / fan_in)``."""

    def __init__(self, scale=1.0, dtype=None, **kwargs):
        self.scale = scale
        self.rng = _parse_rng(kwargs)
        super(LeCunUniform, self).__init__(dtype)

    def __call__(self, array):
        _check_dtype(self, array)
        fan_in, fan_out = initializer.get_fans(array.shape)
        s = self.scale * numpy.sqrt(3. / fan_in)
        Uniform(s, rng=self.rng)(array)


class GlorotUniform(initializer.Initializer):

    """U(-s, s) with ``s = scale * sqrt(6 / (fan_in + fan_out))``."""

    def __init__(self, scale=1.0, dtype=None, **kwargs):
        self.scale = scale
        self.rng = _parse_rng(kwargs)
        super(GlorotUniform, self).__init__(dtype)

    def __call__(self, array):
        _check_dtype(self, array)
        fan_in, fan_out = initializer.get_fans(array.shape)
        s = self.scale * numpy.sqrt(6. / (fan_in + fan_out))
        Uniform(s, rng=self.rng)(array)


class HeUniform(initializer.Initializer):

    """U(-s, s) with ``s = scale * sqrt(6 / fan_in)``."""

    def __init__(self, scale=1.0, dtype=None, **kwargs):
        self.scale = scale
        self.rng = _parse_rng(kwargs)
        super(HeUniform, self).__init__(dtype)

    def __call__(self, array):
        _check_dtype(self, array)
        fan_in, fan_out = initializer.get_fans(array.shape)
        s = self.scale * numpy.sqrt(6. / fan_in)
        Uniform(s, rng=self.rng)(array)
