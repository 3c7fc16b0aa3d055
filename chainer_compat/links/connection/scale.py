"""``chainer.links.Scale``."""
import chainer_compat
from chainer_compat import link
from chainer_compat.links.connection import bias
from chainer_compat import variable


class Scale(link.Chain):

    """Multiplies by a learnt ``W`` (ones of ``W_shape``) -- or a second
    input -- broadcast from ``axis``, optionally followed by a ``Bias``."""

    def __init__(self, axis=1, W_shape=None, bias_term=False, bias_shape=None):
        super(Scale, self).__init__()
        self.axis = axis
        with self.init_scope():
            if W_shape is not None:
                self.W = variable.Parameter(1, W_shape)
                if bias_term:
                    self.bias = bias.Bias(axis, W_shape)
            elif bias_term:
                if bias_shape is None:
                    raise ValueError(
                        'bias_shape should be given if W is not '
                        'learnt parameter and bias_term is True.')
                self.bias = bias.Bias(axis, bias_shape)

    def forward(self, *xs):
        from chainer_compat.functions.math import scale
        axis = self.axis
        if hasattr(self, 'W'):
            if chainer_compat.is_debug():
                assert len(xs) == 1
            x, = xs
            z = scale.scale(x, self.W, axis)
        else:
            if chainer_compat.is_debug():
                assert len(xs) == 2
            x, y = xs
            z = scale.scale(x, y, axis)
        if hasattr(self, 'bias'):
            return self.bias(z)
        return z
