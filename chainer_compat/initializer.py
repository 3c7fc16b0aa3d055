"""``chainer.Initializer`` and ``get_fans``."""
import numpy


class Initializer(object):

    """Initializes array (in place).  Chainer API: ``__call__(array)``.

    Arrays handed to initializers in chainer_compat are numpy arrays, so
    the numbers come from numpy's global RNG exactly as in Chainer.
    """

    def __init__(self, dtype=None):
        self.dtype = dtype

    def __call__(self, array):
        raise NotImplementedError()


def get_fans(shape):
    """(fan_in, fan_out) as Chainer computes them for any ndim >= 2."""
    if not isinstance(shape, tuple):
        raise ValueError(
            'shape must be tuple. Actual type: {}'.format(type(shape)))
    if len(shape) < 2:
        raise ValueError(
            'shape must be of length >= 2. Actual shape: {}'.format(shape))
    receptive_field_size = int(numpy.prod(shape[2:], dtype=numpy.int64))
    fan_in = shape[1] * receptive_field_size
    fan_out = shape[0] * receptive_field_size
    return fan_in, fan_out
