"""``chainer.links.DeconvolutionND`` / ``Deconvolution1D`` / ``3D``."""
from chainer_compat import link
from chainer_compat.links.connection import _conv_params
from chainer_compat.utils import conv_nd


_as_tuple = conv_nd.as_tuple


class DeconvolutionND(link.Link):

    """N-D transposed convolution (``W``: ``(in, out/groups) + ksize``)."""

    def __init__(self, ndim, in_channels, out_channels, ksize=None, stride=1,
                 pad=0, nobias=False, outsize=None, initialW=None,
                 initial_bias=None, dilate=1, groups=1):
        super(DeconvolutionND, self).__init__()
        if ksize is None:
            out_channels, ksize, in_channels = in_channels, out_channels, None
        self.out_channels = out_channels
        self.ksize = _as_tuple(ksize, ndim)
        self.stride = stride
        self.pad = pad
        self.outsize = outsize
        self.dilate = _as_tuple(dilate, ndim)
        self.groups = int(groups)
        _conv_params.register_W_b(self, in_channels, out_channels, nobias,
                                  initialW, initial_bias)

    def _initialize_params(self, in_channels):
        _conv_params.check_groups(in_channels, self.out_channels,
                                  self.groups)
        W_shape = (in_channels, int(self.out_channels / self.groups)) \
            + self.ksize
        self.W.initialize(W_shape)

    def forward(self, x):
        if self.W.array is None:
            self._initialize_params(x.shape[1])
        from chainer_compat.functions.connection import deconvolution_nd
        return deconvolution_nd.deconvolution_nd(
            x, self.W, b=self.b, stride=self.stride, pad=self.pad,
            outsize=self.outsize, dilate=self.dilate, groups=self.groups)


class Deconvolution1D(DeconvolutionND):

    """1-D transposed convolution (``DeconvolutionND`` with ndim=1)."""

    def __init__(self, in_channels, out_channels, ksize, stride=1, pad=0,
                 nobias=False, outsize=None, initialW=None, initial_bias=None,
                 dilate=1, groups=1):
        super(Deconvolution1D, self).__init__(
            1, in_channels, out_channels, ksize, stride, pad, nobias, outsize,
            initialW, initial_bias, dilate, groups)


class Deconvolution3D(DeconvolutionND):

    """3-D transposed convolution (``DeconvolutionND`` with ndim=3)."""

    def __init__(self, in_channels, out_channels, ksize, stride=1, pad=0,
                 nobias=False, outsize=None, initialW=None, initial_bias=None,
                 dilate=1, groups=1):
        super(Deconvolution3D, self).__init__(
            3, in_channels, out_channels, ksize, stride, pad, nobias, outsize,
            initialW, initial_bias, dilate, groups)
