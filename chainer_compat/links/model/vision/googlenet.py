"""``chainer.links.GoogLeNet``."""
import collections

from chainer_compat import functions as _F
from chainer_compat.initializers import constant
from chainer_compat import link
from chainer_compat.links.model.vision import _common

# Names Chainer's module exposes at module level (its imports).
from chainer_compat.dataset.convert import concat_examples  # NOQA
from chainer_compat.functions.activation.relu import relu  # NOQA
from chainer_compat.functions.activation.softmax import softmax  # NOQA
from chainer_compat.functions.array.reshape import reshape  # NOQA
from chainer_compat.functions.math.average import average  # NOQA
from chainer_compat.functions.noise.dropout import dropout  # NOQA
from chainer_compat.functions.normalization.local_response_normalization import local_response_normalization  # NOQA
from chainer_compat.functions.pooling.average_pooling_2d import average_pooling_2d  # NOQA
from chainer_compat.functions.pooling.max_pooling_nd import max_pooling_2d  # NOQA
from chainer_compat.links.connection.convolution_2d import Convolution2D  # NOQA
from chainer_compat.links.connection.inception import Inception  # NOQA
from chainer_compat.links.connection.linear import Linear  # NOQA
from chainer_compat.variable import Variable  # NOQA

available = _common.available


class GoogLeNet(link.Chain):

    """GoogLeNet (Inception v1) with Chainer's layer names.

    ``pretrained_model``: ``'auto'`` loads Chainer's cached converted
    weights (``bvlc_googlenet.npz`` in the models directory; see D-602), a
    path loads that npz, a false value draws random weights
    (``LeCunUniform`` for the non-inception layers) from numpy's global RNG.
    """

    def __init__(self, pretrained_model='auto'):
        super(GoogLeNet, self).__init__()

        if pretrained_model:
            kwargs = {'initialW': constant.Zero()}
        else:
            from chainer_compat.initializers import uniform
            kwargs = {'initialW': uniform.LeCunUniform(scale=1.0)}

        from chainer_compat.links.connection.convolution_2d import \
            Convolution2D
        from chainer_compat.links.connection.inception import Inception
        from chainer_compat.links.connection.linear import Linear
        with self.init_scope():
            self.conv1 = Convolution2D(3, 64, 7, stride=2, pad=3, **kwargs)
            self.conv2_reduce = Convolution2D(64, 64, 1, **kwargs)
            self.conv2 = Convolution2D(64, 192, 3, stride=1, pad=1, **kwargs)
            self.inc3a = Inception(192, 64, 96, 128, 16, 32, 32)
            self.inc3b = Inception(256, 128, 128, 192, 32, 96, 64)
            self.inc4a = Inception(480, 192, 96, 208, 16, 48, 64)
            self.inc4b = Inception(512, 160, 112, 224, 24, 64, 64)
            self.inc4c = Inception(512, 128, 128, 256, 24, 64, 64)
            self.inc4d = Inception(512, 112, 144, 288, 32, 64, 64)
            self.inc4e = Inception(528, 256, 160, 320, 32, 128, 128)
            self.inc5a = Inception(832, 256, 160, 320, 32, 128, 128)
            self.inc5b = Inception(832, 384, 192, 384, 48, 128, 128)
            self.loss3_fc = Linear(1024, 1000, **kwargs)

            self.loss1_conv = Convolution2D(512, 128, 1, **kwargs)
            self.loss1_fc1 = Linear(2048, 1024, **kwargs)
            self.loss1_fc2 = Linear(1024, 1000, **kwargs)

            self.loss2_conv = Convolution2D(528, 128, 1, **kwargs)
            self.loss2_fc1 = Linear(2048, 1024, **kwargs)
            self.loss2_fc2 = Linear(1024, 1000, **kwargs)

        if pretrained_model == 'auto':
            _common.retrieve(
                self, 'bvlc_googlenet.npz',
                'http://dl.caffe.berkeleyvision.org/bvlc_googlenet.caffemodel',
                'chainer.links.GoogLeNet')
        elif pretrained_model:
            _common.load_npz(pretrained_model, self)

    @property
    def functions(self):
        relu = _F.relu
        return collections.OrderedDict([
            ('conv1', [self.conv1, relu]),
            ('pool1', [_max_pooling_2d, _local_response_normalization]),
            ('conv2_reduce', [self.conv2_reduce, relu]),
            ('conv2', [self.conv2, relu, _local_response_normalization]),
            ('pool2', [_max_pooling_2d]),
            ('inception_3a', [self.inc3a]),
            ('inception_3b', [self.inc3b]),
            ('pool3', [_max_pooling_2d]),
            ('inception_4a', [self.inc4a]),
            ('inception_4b', [self.inc4b]),
            ('inception_4c', [self.inc4c]),
            ('inception_4d', [self.inc4d]),
            ('inception_4e', [self.inc4e]),
            ('pool4', [_max_pooling_2d]),
            ('inception_5a', [self.inc5a]),
            ('inception_5b', [self.inc5b]),
            ('pool5', [_average_pooling_2d_k7]),
            ('loss3_fc', [_dropout, self.loss3_fc]),
            ('prob', [_F.softmax]),
            # Since usually the following outputs are not used, they are put
            # after 'prob' to be skipped for efficiency.
            ('loss1_fc2', [_average_pooling_2d_k5, self.loss1_conv, relu,
                           self.loss1_fc1, relu, self.loss1_fc2]),
            ('loss2_fc2', [_average_pooling_2d_k5, self.loss2_conv, relu,
                           self.loss2_fc1, relu, self.loss2_fc2])
        ])

    @property
    def available_layers(self):
        return list(self.functions.keys())

    @classmethod
    def convert_caffemodel_to_npz(cls, path_caffemodel, path_npz):
        """Converts a caffemodel (needs CaffeFunction: unsupported, D-601)."""
        from chainer_compat.links.caffe.caffe_function import CaffeFunction
        CaffeFunction(path_caffemodel)  # raises NotImplementedError
        raise AssertionError('unreachable')

    def forward(self, x, layers=None, **kwargs):
        """Computes the requested layers: ``{name: Variable}``."""
        if layers is None:
            layers = ['prob']
        _common._check_kwargs(
            kwargs, train='train argument is not supported anymore. '
            'Use chainer.using_config')
        return _common.forward_layers(
            self.functions, x, layers,
            branches={'loss1_fc2': 'inception_4a',
                      'loss2_fc2': 'inception_4d'})

    def extract(self, images, layers=None, size=(224, 224), **kwargs):
        """Extracts features from PIL images or arrays (default ``pool5``)."""
        if layers is None:
            layers = ['pool5']
        _common._check_kwargs(
            kwargs, train='train argument is not supported anymore. '
            'Use chainer.using_config',
            volatile='volatile argument is not supported anymore. '
            'Use chainer.using_config')
        return _common.extract(self, prepare, images, layers, size)

    def predict(self, images, oversample=True):
        """Computes class probabilities (10-crop averaged if oversample)."""
        return _common.predict(self, prepare, images, oversample, True)


def prepare(image, size=(224, 224)):
    """Converts an image to the GoogLeNet input (BGR, mean-subtracted)."""
    return _common.prepare(image, size, [104.0, 117.0, 123.0])


def _max_pooling_2d(x):
    return _F.max_pooling_2d(x, ksize=3, stride=2)


def _local_response_normalization(x):
    return _F.local_response_normalization(x, n=5, k=1, alpha=1e-4 / 5)


def _average_pooling_2d_k5(x):
    return _F.average_pooling_2d(x, ksize=5, stride=3)


def _average_pooling_2d_k7(x):
    return _F.average_pooling_2d(x, ksize=7, stride=1)


def _dropout(x):
    return _F.dropout(x, ratio=0.4)
