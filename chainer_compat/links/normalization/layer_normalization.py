"""``chainer.links.LayerNormalization``."""
from chainer_compat import link
from chainer_compat import utils
from chainer_compat import variable


class LayerNormalization(link.Link):

    """Layer normalization over axis 1 of a 2-D input (eps=1e-6, Chainer's
    default; torch's is 1e-5).  ``size=None`` infers the size lazily."""

    def __init__(self, size=None, eps=1e-6, initial_gamma=None,
                 initial_beta=None):
        super(LayerNormalization, self).__init__()
        if initial_gamma is None:
            initial_gamma = 1
        if initial_beta is None:
            initial_beta = 0

        with self.init_scope():
            self.gamma = variable.Parameter(initial_gamma)
            self.beta = variable.Parameter(initial_beta)
            self.eps = eps

        if size is not None:
            self._initialize_params(size)

    def _initialize_params(self, size):
        self.gamma.initialize(size)
        self.beta.initialize(size)

    def forward(self, x):
        if self.gamma.array is None:
            in_size = utils.size_of_shape(x.shape[1:])
            self._initialize_params(in_size)
        from chainer_compat.functions.normalization import \
            layer_normalization
        return layer_normalization.layer_normalization(
            x, self.gamma, self.beta, self.eps)
