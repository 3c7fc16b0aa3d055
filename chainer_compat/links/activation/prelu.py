"""``chainer.links.PReLU``."""
from chainer_compat import link
from chainer_compat import variable


class PReLU(link.Link):

    """Parametric ReLU with learnt slope ``W`` (``shape``, init 0.25)."""

    def __init__(self, shape=(), init=0.25):
        super(PReLU, self).__init__()
        with self.init_scope():
            self.W = variable.Parameter(init, shape)

    def forward(self, x):
        from chainer_compat.functions.activation import prelu
        return prelu.prelu(x, self.W)
