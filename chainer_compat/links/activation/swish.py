"""``chainer.links.Swish``."""
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import variable


class Swish(link.Link):

    """Swish activation with learnt ``beta`` (``beta_shape``; lazily
    ``x.shape[1:]`` when None)."""

    def __init__(self, beta_shape, beta_init=1.0):
        super(Swish, self).__init__()
        with self.init_scope():
            if beta_shape is not None:
                self.beta = variable.Parameter(beta_init, beta_shape)
            else:
                beta_init = initializers.Constant(beta_init)
                self.beta = variable.Parameter(beta_init)

    def forward(self, x):
        if self.beta.array is None:
            self.beta.initialize(x.shape[1:])
        from chainer_compat.functions.activation import swish
        return swish.swish(x, self.beta)
