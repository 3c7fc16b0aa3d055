"""``chainer.links.SimplifiedDropconnect``."""
import numpy

from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import variable


class SimplifiedDropconnect(link.Link):

    """Fully-connected layer with simplified DropConnect on ``W``.

    Default ``initialW`` is ``HeNormal(1 / sqrt(2))``; the mask is drawn
    from numpy's global RNG by ``F.simplified_dropconnect``.
    """

    def __init__(self, in_size, out_size, ratio=.5, nobias=False,
                 initialW=None, initial_bias=None):
        super(SimplifiedDropconnect, self).__init__()
        self.out_size = out_size
        self.ratio = ratio

        if initialW is None:
            initialW = initializers.HeNormal(1. / numpy.sqrt(2))

        with self.init_scope():
            W_initializer = initializers._get_initializer(initialW)
            self.W = variable.Parameter(W_initializer)
            if in_size is not None:
                self._initialize_params(in_size)

            if nobias:
                self.b = None
            else:
                if initial_bias is None:
                    initial_bias = initializers.Constant(0)
                bias_initializer = initializers._get_initializer(initial_bias)
                self.b = variable.Parameter(bias_initializer, out_size)

    def _initialize_params(self, in_size):
        self.W.initialize((self.out_size, in_size))

    def forward(self, x, train=True, mask=None, use_batchwise_mask=True):
        if self.W.array is None:
            self._initialize_params(x.size // len(x))
        if mask is not None and 'mask' not in self.__dict__ \
                and 'mask' not in self._buffers:
            self.add_persistent('mask', mask)
        from chainer_compat.functions.noise import simplified_dropconnect
        return simplified_dropconnect.simplified_dropconnect(
            x, self.W, self.b, self.ratio, train, mask, use_batchwise_mask)
