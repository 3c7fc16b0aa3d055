"""``chainer.links.InceptionBN`` (Inception-v2 module)."""
import chainer_compat
from chainer_compat import link
from chainer_compat.links.connection import convolution_2d
from chainer_compat.links.normalization import batch_normalization


class InceptionBN(link.Chain):

    """Inception module with batch normalization (bias-free convolutions,
    ``pooltype`` 'max' or 'avg')."""

    def __init__(self, in_channels, out1, proj3, out3, proj33, out33,
                 pooltype, proj_pool=None, stride=1, conv_init=None,
                 dtype=None):
        super(InceptionBN, self).__init__()
        self.out1 = out1
        self.proj_pool = proj_pool
        self.stride = stride
        self.pooltype = pooltype
        if pooltype != 'max' and pooltype != 'avg':
            raise NotImplementedError()
        dtype = chainer_compat.get_dtype(dtype)
        C = convolution_2d.Convolution2D
        BN = batch_normalization.BatchNormalization
        with self.init_scope():
            self.proj3 = C(in_channels, proj3, 1, nobias=True,
                           initialW=conv_init)
            self.conv3 = C(proj3, out3, 3, pad=1, stride=stride,
                           nobias=True, initialW=conv_init)
            self.proj33 = C(in_channels, proj33, 1, nobias=True,
                            initialW=conv_init)
            self.conv33a = C(proj33, out33, 3, pad=1, nobias=True,
                             initialW=conv_init)
            self.conv33b = C(out33, out33, 3, pad=1, stride=stride,
                             nobias=True, initialW=conv_init)
            self.proj3n = BN(proj3, dtype=dtype)
            self.conv3n = BN(out3, dtype=dtype)
            self.proj33n = BN(proj33, dtype=dtype)
            self.conv33an = BN(out33, dtype=dtype)
            self.conv33bn = BN(out33, dtype=dtype)
            if out1 > 0:
                assert stride == 1
                assert proj_pool is not None
                self.conv1 = C(in_channels, out1, 1, stride=stride,
                               nobias=True, initialW=conv_init)
                self.conv1n = BN(out1, dtype=dtype)
            if proj_pool is not None:
                self.poolp = C(in_channels, proj_pool, 1, nobias=True,
                               initialW=conv_init)
                self.poolpn = BN(proj_pool, dtype=dtype)

    def forward(self, x):
        from chainer_compat.functions.activation import relu
        from chainer_compat.functions.array import concat
        from chainer_compat.functions.pooling import average_pooling_2d
        from chainer_compat.functions.pooling import max_pooling_nd
        outs = []
        if self.out1 > 0:
            h1 = relu.relu(self.conv1n(self.conv1(x)))
            outs.append(h1)
        h3 = relu.relu(self.proj3n(self.proj3(x)))
        h3 = relu.relu(self.conv3n(self.conv3(h3)))
        outs.append(h3)
        h33 = relu.relu(self.proj33n(self.proj33(x)))
        h33 = relu.relu(self.conv33an(self.conv33a(h33)))
        h33 = relu.relu(self.conv33bn(self.conv33b(h33)))
        outs.append(h33)
        if self.pooltype == 'max':
            p = max_pooling_nd.max_pooling_2d(
                x, 3, stride=self.stride, pad=1, cover_all=False)
        else:
            p = average_pooling_2d.average_pooling_2d(
                x, 3, stride=self.stride, pad=1)
        if self.proj_pool is not None:
            p = relu.relu(self.poolpn(self.poolp(p)))
        outs.append(p)
        return concat.concat(outs, axis=1)
