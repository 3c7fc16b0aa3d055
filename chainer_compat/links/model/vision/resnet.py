"""``chainer.links.ResNet50Layers`` / ``ResNet101Layers`` /
``ResNet152Layers`` (ResNetLayers) and their building blocks."""
import collections
import os
import warnings

from chainer_compat import functions as _F
from chainer_compat.initializers import constant
from chainer_compat.initializers import normal
from chainer_compat import link
from chainer_compat.links.model.vision import _common

# Names Chainer's module exposes at module level (its imports).
from chainer_compat.dataset.convert import concat_examples  # NOQA
from chainer_compat.functions.activation.relu import relu  # NOQA
from chainer_compat.functions.activation.softmax import softmax  # NOQA
from chainer_compat.functions.array.reshape import reshape  # NOQA
from chainer_compat.functions.math.sum import sum  # NOQA
from chainer_compat.functions.pooling.average_pooling_2d import average_pooling_2d  # NOQA
from chainer_compat.functions.pooling.max_pooling_nd import max_pooling_2d  # NOQA
from chainer_compat.links.connection.convolution_2d import Convolution2D  # NOQA
from chainer_compat.links.connection.linear import Linear  # NOQA
from chainer_compat.links.normalization.batch_normalization import BatchNormalization  # NOQA
from chainer_compat.variable import Variable  # NOQA

available = _common.available


def _conv(*args, **kwargs):
    from chainer_compat.links.connection.convolution_2d import \
        Convolution2D
    return Convolution2D(*args, **kwargs)


def _bn(*args, **kwargs):
    from chainer_compat.links.normalization.batch_normalization import \
        BatchNormalization
    return BatchNormalization(*args, **kwargs)


class ResNetLayers(link.Chain):

    """Residual network (50, 101 or 152 layers) with Chainer's names.

    ``pretrained_model``: a path ending in ``.caffemodel`` loads Chainer's
    cached converted weights (``ResNet-{n}-model.npz`` in the models
    directory; see D-602), another path loads that npz, a false value draws
    random weights (``HeNormal`` convolutions) from numpy's global RNG.
    """

    def __init__(self, pretrained_model, n_layers, downsample_fb=False):
        super(ResNetLayers, self).__init__()

        if pretrained_model:
            conv_kwargs = {'initialW': constant.Zero()}
        else:
            conv_kwargs = {'initialW': normal.HeNormal(scale=1.0)}

        kwargs = conv_kwargs.copy()
        kwargs['downsample_fb'] = downsample_fb

        if n_layers == 50:
            block = [3, 4, 6, 3]
        elif n_layers == 101:
            block = [3, 4, 23, 3]
        elif n_layers == 152:
            block = [3, 8, 36, 3]
        else:
            raise ValueError('The n_layers argument should be either 50, 101,'
                             ' or 152, but {} was given.'.format(n_layers))

        from chainer_compat.links.connection.linear import Linear
        with self.init_scope():
            self.conv1 = _conv(3, 64, 7, 2, 3, **conv_kwargs)
            self.bn1 = _bn(64)
            self.res2 = BuildingBlock(block[0], 64, 64, 256, 1, **kwargs)
            self.res3 = BuildingBlock(block[1], 256, 128, 512, 2, **kwargs)
            self.res4 = BuildingBlock(block[2], 512, 256, 1024, 2, **kwargs)
            self.res5 = BuildingBlock(block[3], 1024, 512, 2048, 2, **kwargs)
            self.fc6 = Linear(2048, 1000)

        if pretrained_model and pretrained_model.endswith('.caffemodel'):
            _retrieve(n_layers, 'ResNet-{}-model.npz'.format(n_layers),
                      pretrained_model, self)
        elif pretrained_model:
            _common.load_npz(pretrained_model, self)

    @property
    def functions(self):
        return collections.OrderedDict([
            ('conv1', [self.conv1, self.bn1, _F.relu]),
            ('pool1', [lambda x: _F.max_pooling_2d(x, ksize=3, stride=2)]),
            ('res2', [self.res2]),
            ('res3', [self.res3]),
            ('res4', [self.res4]),
            ('res5', [self.res5]),
            ('pool5', [_global_average_pooling_2d]),
            ('fc6', [self.fc6]),
            ('prob', [_F.softmax]),
        ])

    @property
    def available_layers(self):
        return list(self.functions.keys())

    @classmethod
    def convert_caffemodel_to_npz(cls, path_caffemodel, path_npz, n_layers=50):
        """Converts a caffemodel (needs CaffeFunction: unsupported, D-601)."""
        from chainer_compat.links.caffe.caffe_function import CaffeFunction
        CaffeFunction(path_caffemodel)  # raises NotImplementedError
        raise AssertionError('unreachable')

    def forward(self, x, layers=None, **kwargs):
        """Computes the requested layers: ``{name: Variable}``."""
        if layers is None:
            layers = ['prob']
        _common._check_kwargs(
            kwargs, test='test argument is not supported anymore. '
            'Use chainer.using_config')
        return _common.forward_layers(self.functions, x, layers)

    def extract(self, images, layers=None, size=(224, 224), **kwargs):
        """Extracts features from PIL images or arrays (default ``pool5``)."""
        if layers is None:
            layers = ['pool5']
        _common._check_kwargs(
            kwargs, test='test argument is not supported anymore. '
            'Use chainer.using_config',
            volatile='volatile argument is not supported anymore. '
            'Use chainer.using_config')
        return _common.extract(self, prepare, images, layers, size)

    def predict(self, images, oversample=True):
        """Computes class probabilities (10-crop averaged if oversample)."""
        return _common.predict(self, prepare, images, oversample, False)


class ResNet50Layers(ResNetLayers):

    """50-layer ResNet."""

    def __init__(self, pretrained_model='auto', downsample_fb=False):
        if pretrained_model == 'auto':
            pretrained_model = 'ResNet-50-model.caffemodel'
        super(ResNet50Layers, self).__init__(
            pretrained_model, 50, downsample_fb)


class ResNet101Layers(ResNetLayers):

    """101-layer ResNet."""

    def __init__(self, pretrained_model='auto', downsample_fb=False):
        if pretrained_model == 'auto':
            pretrained_model = 'ResNet-101-model.caffemodel'
        super(ResNet101Layers, self).__init__(
            pretrained_model, 101, downsample_fb)


class ResNet152Layers(ResNetLayers):

    """152-layer ResNet."""

    def __init__(self, pretrained_model='auto', downsample_fb=False):
        if pretrained_model == 'auto':
            pretrained_model = 'ResNet-152-model.caffemodel'
        super(ResNet152Layers, self).__init__(
            pretrained_model, 152, downsample_fb)


def prepare(image, size=(224, 224)):
    """Converts an image to the ResNet input (BGR, mean-subtracted, CHW)."""
    return _common.prepare(image, size, [103.063, 115.903, 123.152])


class BuildingBlock(link.Chain):

    """A stage of bottlenecks: one ``BottleneckA`` then ``BottleneckB``s."""

    def __init__(self, n_layers=None, in_channels=None, mid_channels=None,
                 out_channels=None, stride=None, initialW=None,
                 downsample_fb=None, **kwargs):
        super(BuildingBlock, self).__init__()

        if 'n_layer' in kwargs:
            warnings.warn(
                'Argument `n_layer` is deprecated. '
                'Please use `n_layers` instead',
                DeprecationWarning)
            n_layers = kwargs['n_layer']

        with self.init_scope():
            self.a = BottleneckA(
                in_channels, mid_channels, out_channels, stride,
                initialW, downsample_fb)
            self._forward = ['a']
            for i in range(n_layers - 1):
                name = 'b{}'.format(i + 1)
                bottleneck = BottleneckB(out_channels, mid_channels, initialW)
                setattr(self, name, bottleneck)
                self._forward.append(name)

    def forward(self, x):
        for name in self._forward:
            x = getattr(self, name)(x)
        return x


class BottleneckA(link.Chain):

    """Bottleneck with a projection shortcut (changes size/stride)."""

    def __init__(self, in_channels, mid_channels, out_channels,
                 stride=2, initialW=None, downsample_fb=False):
        super(BottleneckA, self).__init__()
        # In the original ResNet the stride is on the 1x1 convolution; in
        # fb.resnet.torch it is on the 3x3 one.
        stride_1x1, stride_3x3 = (1, stride) if downsample_fb else (stride, 1)
        with self.init_scope():
            self.conv1 = _conv(
                in_channels, mid_channels, 1, stride_1x1, 0,
                initialW=initialW, nobias=True)
            self.bn1 = _bn(mid_channels)
            self.conv2 = _conv(
                mid_channels, mid_channels, 3, stride_3x3, 1,
                initialW=initialW, nobias=True)
            self.bn2 = _bn(mid_channels)
            self.conv3 = _conv(
                mid_channels, out_channels, 1, 1, 0, initialW=initialW,
                nobias=True)
            self.bn3 = _bn(out_channels)
            self.conv4 = _conv(
                in_channels, out_channels, 1, stride, 0,
                initialW=initialW, nobias=True)
            self.bn4 = _bn(out_channels)

    def forward(self, x):
        relu = _F.relu
        h1 = relu(self.bn1(self.conv1(x)))
        h1 = relu(self.bn2(self.conv2(h1)))
        h1 = self.bn3(self.conv3(h1))
        h2 = self.bn4(self.conv4(x))
        return relu(h1 + h2)


class BottleneckB(link.Chain):

    """Bottleneck with an identity shortcut."""

    def __init__(self, in_channels, mid_channels, initialW=None):
        super(BottleneckB, self).__init__()
        with self.init_scope():
            self.conv1 = _conv(
                in_channels, mid_channels, 1, 1, 0, initialW=initialW,
                nobias=True)
            self.bn1 = _bn(mid_channels)
            self.conv2 = _conv(
                mid_channels, mid_channels, 3, 1, 1, initialW=initialW,
                nobias=True)
            self.bn2 = _bn(mid_channels)
            self.conv3 = _conv(
                mid_channels, in_channels, 1, 1, 0, initialW=initialW,
                nobias=True)
            self.bn3 = _bn(in_channels)

    def forward(self, x):
        relu = _F.relu
        h = relu(self.bn1(self.conv1(x)))
        h = relu(self.bn2(self.conv2(h)))
        h = self.bn3(self.conv3(h))
        return relu(h + x)


def _global_average_pooling_2d(x):
    n, channel, rows, cols = x.shape
    h = _F.average_pooling_2d(x, (rows, cols), stride=1)
    h = _F.reshape(h, (n, channel))
    return h


def _retrieve(n_layers, name_npz, name_caffemodel, model):
    root = _common.models_directory()
    path = os.path.join(root, name_npz)
    if os.path.exists(path):
        _common.load_npz(path, model)
        return model
    path_caffemodel = os.path.join(root, name_caffemodel)
    if not os.path.exists(path_caffemodel):
        # Chainer's own message (it never downloads ResNet weights).
        raise IOError(
            'The pre-trained caffemodel does not exist. Please download it '
            'from \'https://github.com/KaimingHe/deep-residual-networks\', '
            'and place it on {}. (chainer_compat cannot convert it -- see '
            'D-602 -- so place the converted npz at {} instead.)'.format(
                path_caffemodel, path))
    _common.retrieve(model, name_npz, path_caffemodel,
                     'chainer.links.ResNet{}Layers'.format(n_layers))
