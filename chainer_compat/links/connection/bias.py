"""``chainer.links.Bias``."""
import chainer_compat
from chainer_compat import link
from chainer_compat import variable


class Bias(link.Link):

    """Adds a learnt bias ``b`` (zeros of ``shape``) -- or a second input
    when ``shape`` is None -- broadcast from ``axis``."""

    def __init__(self, axis=1, shape=None):
        super(Bias, self).__init__()
        if shape is not None:
            with self.init_scope():
                self.b = variable.Parameter(0, shape)
        self.axis = axis

    def forward(self, *xs):
        from chainer_compat.functions.math import bias
        axis = self.axis
        if hasattr(self, 'b'):
            if chainer_compat.is_debug():
                assert len(xs) == 1
            x, = xs
            return bias.bias(x, self.b, axis)
        if chainer_compat.is_debug():
            assert len(xs) == 2
        x, y = xs
        return bias.bias(x, y, axis)
