"""``chainer.links.VGG16Layers`` / ``VGG19Layers`` (VGGLayers)."""
import collections

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
from chainer_compat.functions.noise.dropout import dropout  # NOQA
from chainer_compat.functions.pooling.max_pooling_nd import max_pooling_2d  # NOQA
from chainer_compat.links.connection.convolution_2d import Convolution2D  # NOQA
from chainer_compat.links.connection.linear import Linear  # NOQA
from chainer_compat.variable import Variable  # NOQA

available = _common.available


class VGGLayers(link.Chain):

    """VGG network (16 or 19 layers) with Chainer's layer names.

    ``pretrained_model``: ``'auto'`` loads Chainer's cached converted
    weights (``VGG_ILSVRC_{16,19}_layers.npz`` in the models directory; see
    D-602), a path loads that npz, a false value draws random weights
    (``Normal(0.01)`` weights, zero biases) from numpy's global RNG.
    """

    def __init__(self, pretrained_model='auto', n_layers=16):
        super(VGGLayers, self).__init__()
        if pretrained_model:
            # As in Chainer: fill with zeros, then load.
            init = constant.Zero()
            kwargs = {'initialW': init, 'initial_bias': init}
        else:
            kwargs = {
                'initialW': normal.Normal(0.01),
                'initial_bias': constant.Zero(),
            }

        if n_layers not in [16, 19]:
            raise ValueError(
                'The n_layers argument should be either 16 or 19, '
                'but {} was given.'.format(n_layers)
            )

        from chainer_compat.links.connection.convolution_2d import \
            Convolution2D
        from chainer_compat.links.connection.linear import Linear
        with self.init_scope():
            self.conv1_1 = Convolution2D(3, 64, 3, 1, 1, **kwargs)
            self.conv1_2 = Convolution2D(64, 64, 3, 1, 1, **kwargs)
            self.conv2_1 = Convolution2D(64, 128, 3, 1, 1, **kwargs)
            self.conv2_2 = Convolution2D(128, 128, 3, 1, 1, **kwargs)
            self.conv3_1 = Convolution2D(128, 256, 3, 1, 1, **kwargs)
            self.conv3_2 = Convolution2D(256, 256, 3, 1, 1, **kwargs)
            self.conv3_3 = Convolution2D(256, 256, 3, 1, 1, **kwargs)
            self.conv4_1 = Convolution2D(256, 512, 3, 1, 1, **kwargs)
            self.conv4_2 = Convolution2D(512, 512, 3, 1, 1, **kwargs)
            self.conv4_3 = Convolution2D(512, 512, 3, 1, 1, **kwargs)
            self.conv5_1 = Convolution2D(512, 512, 3, 1, 1, **kwargs)
            self.conv5_2 = Convolution2D(512, 512, 3, 1, 1, **kwargs)
            self.conv5_3 = Convolution2D(512, 512, 3, 1, 1, **kwargs)
            self.fc6 = Linear(512 * 7 * 7, 4096, **kwargs)
            self.fc7 = Linear(4096, 4096, **kwargs)
            self.fc8 = Linear(4096, 1000, **kwargs)
            if n_layers == 19:
                self.conv3_4 = Convolution2D(256, 256, 3, 1, 1, **kwargs)
                self.conv4_4 = Convolution2D(512, 512, 3, 1, 1, **kwargs)
                self.conv5_4 = Convolution2D(512, 512, 3, 1, 1, **kwargs)

        if pretrained_model == 'auto':
            if n_layers == 16:
                _common.retrieve(
                    self, 'VGG_ILSVRC_16_layers.npz',
                    'https://www.robots.ox.ac.uk/%7Evgg/software/very_deep/'
                    'caffe/VGG_ILSVRC_16_layers.caffemodel',
                    'chainer.links.VGG16Layers')
            else:
                _common.retrieve(
                    self, 'VGG_ILSVRC_19_layers.npz',
                    'http://www.robots.ox.ac.uk/%7Evgg/software/very_deep/'
                    'caffe/VGG_ILSVRC_19_layers.caffemodel',
                    'chainer.links.VGG19Layers')
        elif pretrained_model:
            _common.load_npz(pretrained_model, self)

    @property
    def functions(self):
        raise NotImplementedError

    @property
    def available_layers(self):
        return list(self.functions.keys())

    @classmethod
    def convert_caffemodel_to_npz(cls, path_caffemodel, path_npz):
        """Converts a caffemodel (needs CaffeFunction: unsupported, D-601)."""
        from chainer_compat.links.caffe.caffe_function import CaffeFunction
        from chainer_compat.serializers import npz
        caffemodel = CaffeFunction(path_caffemodel)
        npz.save_npz(path_npz, caffemodel, compression=False)

    def forward(self, x, layers=None, **kwargs):
        """Computes the requested layers: ``{name: Variable}``."""
        if layers is None:
            layers = ['prob']
        _common._check_kwargs(
            kwargs, test='test argument is not supported anymore. '
            'Use chainer.using_config')
        return _common.forward_layers(self.functions, x, layers)

    def extract(self, images, layers=None, size=(224, 224), **kwargs):
        """Extracts features from PIL images or arrays (default ``fc7``)."""
        if layers is None:
            layers = ['fc7']
        _common._check_kwargs(
            kwargs, test='test argument is not supported anymore. '
            'Use chainer.using_config',
            volatile='volatile argument is not supported anymore. '
            'Use chainer.using_config')
        return _common.extract(self, prepare, images, layers, size)

    def predict(self, images, oversample=True):
        """Computes class probabilities (10-crop averaged if oversample)."""
        return _common.predict(self, prepare, images, oversample, False)


def _vgg_functions(model, n_layers):
    relu = _F.relu
    convs = ([['1_1', '1_2'], ['2_1', '2_2'], ['3_1', '3_2', '3_3'],
              ['4_1', '4_2', '4_3'], ['5_1', '5_2', '5_3']])
    if n_layers == 19:
        convs[2].append('3_4')
        convs[3].append('4_4')
        convs[4].append('5_4')
    table = []
    for stage, names in enumerate(convs, start=1):
        for name in names:
            table.append(('conv' + name,
                          [getattr(model, 'conv' + name), relu]))
        table.append(('pool%d' % stage, [_max_pooling_2d]))
    table += [
        ('fc6', [model.fc6, relu, _F.dropout]),
        ('fc7', [model.fc7, relu, _F.dropout]),
        ('fc8', [model.fc8]),
        ('prob', [_F.softmax]),
    ]
    return collections.OrderedDict(table)


class VGG16Layers(VGGLayers):

    """16-layer VGG (Chainer's layer names ``conv1_1``...``prob``)."""

    def __init__(self, pretrained_model='auto'):
        super(VGG16Layers, self).__init__(pretrained_model, 16)

    @property
    def functions(self):
        return _vgg_functions(self, 16)


class VGG19Layers(VGGLayers):

    """19-layer VGG (Chainer's layer names ``conv1_1``...``prob``)."""

    def __init__(self, pretrained_model='auto'):
        super(VGG19Layers, self).__init__(pretrained_model, 19)

    @property
    def functions(self):
        return _vgg_functions(self, 19)


def prepare(image, size=(224, 224)):
    """Converts an image to the VGG input (BGR, mean-subtracted, CHW)."""
    return _common.prepare(image, size, [103.939, 116.779, 123.68])


def _max_pooling_2d(x):
    return _F.max_pooling_2d(x, ksize=2)
