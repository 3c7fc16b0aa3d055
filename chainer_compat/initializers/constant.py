"""Constant initializers (Identity, Constant, Zero, One, NaN)."""
import numpy

from chainer_compat import initializer
from chainer_compat._bridge import convert as _convert


class Identity(initializer.Initializer):

    """Initializes array with the identity matrix times ``scale``."""

    def __init__(self, scale=1.0, dtype=None):
        self.scale = scale
        super(Identity, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype
        shape = array.shape
        if len(shape) != 2 or shape[0] != shape[1]:
            raise ValueError('Identity matrix initialization can only be used '
                             'for 2D squared matrices.')
        array[...] = numpy.identity(shape[0]) * self.scale


class _Constant(initializer.Initializer):

    fill_value = None

    def __init__(self, dtype=None):
        if not (_convert.is_array(self.fill_value)
                or numpy.isscalar(self.fill_value)):
            raise ValueError(
                'fill_value must be either scalar, numpy.ndarray, '
                'cupy.ndarray or chainerx.ndarray.')
        super(_Constant, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype
        if _convert.is_array(self.fill_value):
            array[...] = _convert.to_numpy(self.fill_value).astype(
                array.dtype, copy=False)
        else:
            array[...] = numpy.asarray(self.fill_value)


class Constant(_Constant):

    """Initializes array with a scalar or an array."""

    def __init__(self, fill_value, dtype=None):
        self.fill_value = fill_value
        super(Constant, self).__init__(dtype)


class Zero(_Constant):
    """Initializes array to all-zero."""
    fill_value = 0.0


class One(_Constant):
    """Initializes array to all-one."""
    fill_value = 1.0


class NaN(_Constant):
    """Initializes array to all-NaN."""
    fill_value = numpy.nan
