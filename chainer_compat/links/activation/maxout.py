"""``chainer.links.Maxout``."""
import numpy

import chainer_compat
from chainer_compat import initializer
from chainer_compat import link
from chainer_compat.links.connection import linear


class Maxout(link.Chain):

    """Fully-connected maxout layer: ``Linear(in, out * pool)`` followed by
    ``F.maxout(., pool_size)``.

    Array initializers are ``(out, pool, in)`` (W) / ``(out, pool)`` (b) and
    are reshaped; callable ones see arrays of those shapes, as in Chainer.
    """

    def __init__(self, in_size, out_size, pool_size,
                 initialW=None, initial_bias=0):
        super(Maxout, self).__init__()

        linear_out_size = out_size * pool_size

        if initialW is None or numpy.isscalar(initialW) \
                or isinstance(initialW, initializer.Initializer):
            pass
        elif isinstance(initialW, chainer_compat.get_array_types()):
            if initialW.ndim != 3:
                raise ValueError('initialW.ndim should be 3')
            initialW = initialW.reshape(linear_out_size, in_size)
        elif callable(initialW):
            initialW_orig = initialW

            def initialW(array):
                array.shape = (out_size, pool_size, in_size)
                initialW_orig(array)
                array.shape = (linear_out_size, in_size)

        if initial_bias is None or numpy.isscalar(initial_bias) \
                or isinstance(initial_bias, initializer.Initializer):
            pass
        elif isinstance(initial_bias, chainer_compat.get_array_types()):
            if initial_bias.ndim != 2:
                raise ValueError('initial_bias.ndim should be 2')
            initial_bias = initial_bias.reshape(linear_out_size)
        elif callable(initial_bias):
            initial_bias_orig = initial_bias

            def initial_bias(array):
                array.shape = (out_size, pool_size)
                initial_bias_orig(array)
                array.shape = linear_out_size,

        with self.init_scope():
            self.linear = linear.Linear(
                in_size, linear_out_size,
                nobias=initial_bias is None, initialW=initialW,
                initial_bias=initial_bias)

        self.out_size = out_size
        self.pool_size = pool_size

    def forward(self, x):
        y = self.linear(x)
        from chainer_compat.functions.activation import maxout
        return maxout.maxout(y, self.pool_size)
