"""``chainer.links.Inception`` (GoogLeNet module)."""
from chainer_compat import link
from chainer_compat.links.connection import convolution_2d


class Inception(link.Chain):

    """Inception module: 1x1, 3x3, 5x5 and pooled 1x1 branches, concatenated
    on the channel axis and passed through ReLU."""

    def __init__(self, in_channels, out1, proj3, out3, proj5, out5, proj_pool,
                 conv_init=None, bias_init=None):
        super(Inception, self).__init__()
        C = convolution_2d.Convolution2D
        with self.init_scope():
            self.conv1 = C(in_channels, out1, 1, initialW=conv_init,
                           initial_bias=bias_init)
            self.proj3 = C(in_channels, proj3, 1, initialW=conv_init,
                           initial_bias=bias_init)
            self.conv3 = C(proj3, out3, 3, pad=1, initialW=conv_init,
                           initial_bias=bias_init)
            self.proj5 = C(in_channels, proj5, 1, initialW=conv_init,
                           initial_bias=bias_init)
            self.conv5 = C(proj5, out5, 5, pad=2, initialW=conv_init,
                           initial_bias=bias_init)
            self.projp = C(in_channels, proj_pool, 1, initialW=conv_init,
                           initial_bias=bias_init)

    def forward(self, x):
        from chainer_compat.functions.activation import relu
        from chainer_compat.functions.array import concat
        from chainer_compat.functions.pooling import max_pooling_nd
        out1 = self.conv1(x)
        out3 = self.conv3(relu.relu(self.proj3(x)))
        out5 = self.conv5(relu.relu(self.proj5(x)))
        pool = self.projp(max_pooling_nd.max_pooling_2d(x, 3, stride=1, pad=1))
        return relu.relu(concat.concat((out1, out3, out5, pool), axis=1))
