"""``chainer.links.Deconvolution2D``."""
from chainer_compat._bridge import convert as _convert
from chainer_compat import link
from chainer_compat.links.connection import _conv_params
from chainer_compat.utils import argument


_pair = _conv_params.pair


class Deconvolution2D(link.Link):

    """2-D transposed convolution (``W``: ``(in, out/groups, kh, kw)``)."""

    def __init__(self, in_channels, out_channels, ksize=None, stride=1, pad=0,
                 nobias=False, outsize=None, initialW=None, initial_bias=None,
                 **kwargs):
        super(Deconvolution2D, self).__init__()
        dilate, groups = argument.parse_kwargs(
            kwargs, ('dilate', 1), ('groups', 1),
            deterministic='deterministic argument is not supported anymore. '
            'Use chainer.using_config(\'cudnn_deterministic\', value) '
            'context where value is either `True` or `False`.')
        if ksize is None:
            out_channels, ksize, in_channels = in_channels, out_channels, None
        self.ksize = ksize
        self.stride = _pair(stride)
        self.pad = _pair(pad)
        self.dilate = _pair(dilate)
        self.outsize = (None, None) if outsize is None else outsize
        self.out_channels = out_channels
        self.groups = int(groups)
        _conv_params.register_W(self, in_channels, initialW)
        if not nobias and _convert.is_array(initial_bias):
            assert initial_bias.shape == (out_channels,)
        _conv_params.register_b(self, out_channels, nobias, initial_bias)

    def _initialize_params(self, in_channels):
        kh, kw = _pair(self.ksize)
        _conv_params.check_groups(in_channels, self.out_channels,
                                  self.groups)
        W_shape = (in_channels, int(self.out_channels / self.groups), kh, kw)
        self.W.initialize(W_shape)

    def forward(self, x):
        if self.W.array is None:
            self._initialize_params(x.shape[1])
        from chainer_compat.functions.connection import deconvolution_2d
        return deconvolution_2d.deconvolution_2d(
            x, self.W, self.b, self.stride, self.pad, self.outsize,
            dilate=self.dilate, groups=self.groups)
