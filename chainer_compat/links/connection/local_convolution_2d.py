"""``chainer.links.LocalConvolution2D`` (unshared weights)."""
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import variable
from chainer_compat.links.connection import _conv_params


_pair = _conv_params.pair


def _conv_output_length(input_length, filter_size, stride):
    # Chainer ignores the stride here (the output grid is computed as for
    # stride 1); kept as-is for parameter-shape parity.
    return input_length - filter_size + 1


class LocalConvolution2D(link.Link):

    """Locally-connected 2-D layer.

    ``W``: ``(out, oh, ow, in, kh, kw)``, ``b``: ``(out, oh, ow)``; shapes
    are known once ``in_channels`` and ``in_size`` are (else lazily).
    """

    def __init__(self, in_channels, out_channels, in_size=None, ksize=None,
                 stride=1, nobias=False, initialW=None, initial_bias=None,
                 **kwargs):
        super(LocalConvolution2D, self).__init__()
        self.ksize = ksize
        self.stride = _pair(stride)
        self.nobias = nobias
        self.out_channels = out_channels
        with self.init_scope():
            W_initializer = initializers._get_initializer(initialW)
            self.W = variable.Parameter(W_initializer)
            if nobias:
                self.b = None
            else:
                if initial_bias is None:
                    initial_bias = 0
                bias_initializer = initializers._get_initializer(initial_bias)
                self.b = variable.Parameter(bias_initializer)
            if in_channels is not None and in_size is not None:
                self._initialize_params(in_channels, _pair(in_size))

    def _initialize_params(self, in_channels, in_size):
        kh, kw = _pair(self.ksize)
        ih, iw = _pair(in_size)
        oh = _conv_output_length(ih, kh, self.stride[0])
        ow = _conv_output_length(iw, kw, self.stride[1])
        self.W.initialize((self.out_channels, oh, ow, in_channels, kh, kw))
        if not self.nobias:
            self.b.initialize((self.out_channels, oh, ow))

    def forward(self, x):
        if self.W.array is None:
            self._initialize_params(x.shape[1], x.shape[2:])
        from chainer_compat.functions.connection import \
            local_convolution_2d
        return local_convolution_2d.local_convolution_2d(
            x, self.W, self.b, self.stride)
