"""``chainer.links.DepthwiseConvolution2D``."""
import numpy

from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import variable
from chainer_compat.links.connection import _conv_params


_pair = _conv_params.pair


class DepthwiseConvolution2D(link.Link):

    """Depthwise convolution (``W``: ``(multiplier, in, kh, kw)``).

    Default ``initialW`` is ``HeNormal(1 / sqrt(2))`` as in Chainer; ``b``
    has ``multiplier * in_channels`` elements.
    """

    def __init__(self, in_channels, channel_multiplier, ksize, stride=1,
                 pad=0, nobias=False, initialW=None, initial_bias=None):
        super(DepthwiseConvolution2D, self).__init__()
        self.ksize = ksize
        self.stride = _pair(stride)
        self.pad = _pair(pad)
        self.channel_multiplier = channel_multiplier
        self.nobias = nobias
        if initialW is None:
            initialW = initializers.HeNormal(1.0 / numpy.sqrt(2))
        with self.init_scope():
            W_initializer = initializers._get_initializer(initialW)
            self.W = variable.Parameter(W_initializer)
            if nobias:
                self.b = None
            else:
                if initial_bias is None:
                    initial_bias = initializers.Constant(0)
                bias_initializer = initializers._get_initializer(initial_bias)
                self.b = variable.Parameter(bias_initializer)
        if in_channels is not None:
            self._initialize_params(in_channels)

    def _initialize_params(self, in_channels):
        kh, kw = _pair(self.ksize)
        self.W.initialize((self.channel_multiplier, in_channels, kh, kw))
        if self.b is not None:
            self.b.initialize(self.channel_multiplier * in_channels)

    def forward(self, x):
        if self.W.array is None:
            self._initialize_params(x.shape[1])
        from chainer_compat.functions.connection import \
            depthwise_convolution_2d
        return depthwise_convolution_2d.depthwise_convolution_2d(
            x, self.W, self.b, self.stride, self.pad)
