"""``chainer.links.MLPConvolution2D`` (Network-in-Network block)."""
from chainer_compat.functions.activation import relu
from chainer_compat import link
from chainer_compat.links.connection import convolution_2d
from chainer_compat.utils import argument


class MLPConvolution2D(link.ChainList):

    """A ``ksize`` convolution followed by 1x1 convolutions, with
    ``activation`` (default ReLU) between them (not after the last)."""

    def __init__(self, in_channels, out_channels, ksize=None, stride=1, pad=0,
                 activation=relu.relu, *args, **kwargs):
        msg = ('wscale is not supported anymore. '
               'Use conv_init and bias_init argument to change '
               'the scale of initial parameters.')
        if args:
            raise TypeError(msg)
        argument.check_unexpected_kwargs(kwargs, wscale=msg)
        conv_init, bias_init = argument.parse_kwargs(
            kwargs, ('conv_init', None), ('bias_init', None))
        if ksize is None:
            out_channels, ksize, in_channels = in_channels, out_channels, None
        assert len(out_channels) > 0
        convs = [convolution_2d.Convolution2D(
            in_channels, out_channels[0], ksize, stride, pad,
            initialW=conv_init, initial_bias=bias_init)]
        for n_in, n_out in zip(out_channels, out_channels[1:]):
            convs.append(convolution_2d.Convolution2D(
                n_in, n_out, 1, initialW=conv_init, initial_bias=bias_init))
        super(MLPConvolution2D, self).__init__(*convs)
        self.activation = activation

    def forward(self, x):
        f = self.activation
        for l in self[:-1]:
            x = f(l(x))
        return self[-1](x)
