"""``chainer.links.ConvolutionND`` / ``Convolution1D`` / ``Convolution3D``."""
from chainer_compat import link
from chainer_compat.links.connection import _conv_params
from chainer_compat.utils import argument
from chainer_compat.utils import conv_nd
from chainer_compat import variable


_as_tuple = conv_nd.as_tuple


class ConvolutionND(link.Link):

    """N-dimensional convolution (``W``: ``(out, in/groups) + ksize``)."""

    def __init__(self, ndim, in_channels, out_channels, ksize=None, stride=1,
                 pad=0, nobias=False, initialW=None, initial_bias=None,
                 cover_all=False, dilate=1, groups=1):
        super(ConvolutionND, self).__init__()
        if ksize is None:
            out_channels, ksize, in_channels = in_channels, out_channels, None
        self.out_channels = out_channels
        self.ksize = _as_tuple(ksize, ndim)
        self.stride = stride
        self.pad = pad
        self.cover_all = cover_all
        self.dilate = _as_tuple(dilate, ndim)
        self.groups = int(groups)
        _conv_params.register_W_b(self, in_channels, out_channels, nobias,
                                  initialW, initial_bias)

    def _initialize_params(self, in_channels):
        _conv_params.check_groups(in_channels, self.out_channels,
                                  self.groups)
        W_shape = (self.out_channels, int(in_channels / self.groups)) \
            + self.ksize
        self.W.initialize(W_shape)

    @classmethod
    def from_params(cls, W, b=None, stride=1, pad=0, nobias=False, **kwargs):
        cover_all, dilate, groups = argument.parse_kwargs(
            kwargs, ('cover_all', False), ('dilate', 1), ('groups', 1))
        out_channels, _in_channels = W.shape[:2]
        ksize = tuple(W.shape[2:])
        in_channels = _in_channels * groups
        if b is not None:
            if out_channels != b.size:
                raise ValueError(
                    '`out_channels` does not match the size of `b`')
        return cls(
            len(ksize), in_channels, out_channels, ksize, stride, pad,
            nobias, initialW=variable.as_array(W),
            initial_bias=variable.as_array(b), cover_all=cover_all,
            dilate=dilate, groups=groups)

    def forward(self, x):
        if self.W.array is None:
            self._initialize_params(x.shape[1])
        from chainer_compat.functions.connection import convolution_nd
        return convolution_nd.convolution_nd(
            x, self.W, self.b, self.stride, self.pad, cover_all=self.cover_all,
            dilate=self.dilate, groups=self.groups)


class Convolution1D(ConvolutionND):

    """1-dimensional convolution layer (``ConvolutionND`` with ndim=1)."""

    def __init__(self, in_channels, out_channels, ksize, stride=1, pad=0,
                 nobias=False, initialW=None, initial_bias=None,
                 cover_all=False, dilate=1, groups=1):
        super(Convolution1D, self).__init__(
            1, in_channels, out_channels, ksize, stride, pad, nobias,
            initialW, initial_bias, cover_all, dilate, groups)


class Convolution3D(ConvolutionND):

    """3-dimensional convolution layer (``ConvolutionND`` with ndim=3)."""

    def __init__(self, in_channels, out_channels, ksize, stride=1, pad=0,
                 nobias=False, initialW=None, initial_bias=None,
                 cover_all=False, dilate=1, groups=1):
        super(Convolution3D, self).__init__(
            3, in_channels, out_channels, ksize, stride, pad, nobias,
            initialW, initial_bias, cover_all, dilate, groups)
