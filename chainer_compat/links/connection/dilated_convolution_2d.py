"""``chainer.links.DilatedConvolution2D``."""
from chainer_compat import link
from chainer_compat.links.connection import _conv_params


_pair = _conv_params.pair


class DilatedConvolution2D(link.Link):

    """2-D dilated convolution layer (``W``: ``(out, in, kh, kw)``)."""

    def __init__(self, in_channels, out_channels, ksize=None, stride=1, pad=0,
                 dilate=1, nobias=False, initialW=None, initial_bias=None):
        super(DilatedConvolution2D, self).__init__()
        if ksize is None:
            out_channels, ksize, in_channels = in_channels, out_channels, None
        self.ksize = ksize
        self.stride = _pair(stride)
        self.pad = _pair(pad)
        self.dilate = _pair(dilate)
        self.out_channels = out_channels
        _conv_params.register_W_b(self, in_channels, out_channels, nobias,
                                  initialW, initial_bias)

    def _initialize_params(self, in_channels):
        kh, kw = _pair(self.ksize)
        self.W.initialize((self.out_channels, in_channels, kh, kw))

    def forward(self, x):
        if self.W.array is None:
            self._initialize_params(x.shape[1])
        from chainer_compat.functions.connection import \
            dilated_convolution_2d
        return dilated_convolution_2d.dilated_convolution_2d(
            x, self.W, self.b, self.stride, self.pad, self.dilate)
