"""Vision model zoo, Caffe and Theano links (facade-specific checks)."""
import os

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import links as L
from chainer_compat.links.model.vision import googlenet
from chainer_compat.links.model.vision import resnet
from chainer_compat.links.model.vision import vgg


@pytest.fixture(scope='module')
def goog():
    numpy.random.seed(0)
    return L.GoogLeNet(pretrained_model=None)


def test_available_layers(goog):
    assert goog.available_layers == [
        'conv1', 'pool1', 'conv2_reduce', 'conv2', 'pool2', 'inception_3a',
        'inception_3b', 'pool3', 'inception_4a', 'inception_4b',
        'inception_4c', 'inception_4d', 'inception_4e', 'pool4',
        'inception_5a', 'inception_5b', 'pool5', 'loss3_fc', 'prob',
        'loss1_fc2', 'loss2_fc2']


def test_bad_n_layers():
    with pytest.raises(ValueError, match='either 16 or 19'):
        vgg.VGGLayers(pretrained_model=None, n_layers=11)
    with pytest.raises(ValueError, match='either 50, 101, or 152'):
        resnet.ResNetLayers(None, 34)


def test_forward_rejects_removed_kwargs(goog):
    x = numpy.zeros((1, 3, 32, 32), numpy.float32)
    with pytest.raises(ValueError, match='train argument'):
        goog(x, layers=['conv1'], train=False)


def test_prepare_matches_chainer_formula():
    pytest.importorskip('PIL')
    rng = numpy.random.RandomState(0)
    img = rng.randint(0, 256, (3, 20, 30)).astype(numpy.uint8)
    out = vgg.prepare(img, size=None)
    assert out.shape == (3, 20, 30) and out.dtype == numpy.float32
    expected = img[::-1].astype(numpy.float32) - numpy.array(
        [103.939, 116.779, 123.68], numpy.float32)[:, None, None]
    numpy.testing.assert_allclose(out, expected, rtol=1e-6)
    assert resnet.prepare(img).shape == (3, 224, 224)
    gray = rng.randint(0, 256, (1, 8, 8)).astype(numpy.uint8)
    assert googlenet.prepare(gray, size=(5, 6)).shape == (3, 6, 5)


def test_extract_and_predict(goog):
    pytest.importorskip('PIL')
    rng = numpy.random.RandomState(1)
    imgs = [rng.randint(0, 256, (40, 50, 3)).astype(numpy.uint8)
            for _ in range(2)]
    with chainer.using_config('train', False):
        feats = goog.extract(imgs, layers=['pool1', 'conv2'], size=(64, 64))
    assert feats['pool1'].shape == (2, 64, 16, 16)
    assert feats['conv2'].shape == (2, 192, 16, 16)
    y = goog.predict(imgs[:1], oversample=False)
    assert y.shape == (1, 1000)
    numpy.testing.assert_allclose(y.array.sum(), 1, rtol=1e-5)
    assert y.creator is None  # computed under no_backprop_mode


def test_pretrained_npz_path_and_auto(goog, tmp_path, monkeypatch):
    npz = pytest.importorskip('chainer_compat.serializers.npz')
    path = str(tmp_path / 'goog.npz')
    npz.save_npz(path, goog)
    loaded = L.GoogLeNet(pretrained_model=path)
    for (n1, p1), (n2, p2) in zip(sorted(goog.namedparams()),
                                  sorted(loaded.namedparams())):
        assert n1 == n2
        numpy.testing.assert_array_equal(p1.array, p2.array)
    # 'auto' reads the npz Chainer caches in the dataset directory
    from chainer_compat.dataset import download
    monkeypatch.setattr(download, '_dataset_root', str(tmp_path),
                        raising=False)
    download.set_dataset_root(str(tmp_path))
    models = os.path.join(str(tmp_path), 'pfnet', 'chainer', 'models')
    with pytest.raises(IOError) as e:
        L.GoogLeNet()
    assert os.path.join(models, 'bvlc_googlenet.npz') in str(e.value)
    os.rename(path, os.path.join(models, 'bvlc_googlenet.npz'))
    auto = L.GoogLeNet()
    numpy.testing.assert_array_equal(auto.loss3_fc.W.array,
                                     goog.loss3_fc.W.array)


def test_auto_missing_weights_messages(tmp_path):
    from chainer_compat.dataset import download
    old = download.get_dataset_root()
    download.set_dataset_root(str(tmp_path))
    try:
        with pytest.raises(IOError, match='ResNet-50-model.caffemodel'):
            L.ResNet50Layers()
        with pytest.raises(IOError, match='VGG_ILSVRC_16_layers.npz'):
            L.VGG16Layers()
    finally:
        download.set_dataset_root(old)


def test_caffe_and_theano_unsupported(tmp_path):
    from chainer_compat.links.caffe import CaffeFunction
    with pytest.raises(NotImplementedError, match='D-601'):
        CaffeFunction('model.caffemodel')
    with pytest.raises(NotImplementedError, match='D-601'):
        L.GoogLeNet.convert_caffemodel_to_npz('a.caffemodel', 'b.npz')
    with pytest.raises(NotImplementedError, match='D-603'):
        L.TheanoFunction([], [])


def test_vgg19_structure_with_zero_init(monkeypatch):
    from chainer_compat.links.model.vision import _common
    loaded = []
    monkeypatch.setattr(_common, 'load_npz',
                        lambda path, model: loaded.append(path))
    model = L.VGG19Layers(pretrained_model='weights.npz')
    assert loaded == ['weights.npz']
    assert model.available_layers == [
        'conv1_1', 'conv1_2', 'pool1', 'conv2_1', 'conv2_2', 'pool2',
        'conv3_1', 'conv3_2', 'conv3_3', 'conv3_4', 'pool3',
        'conv4_1', 'conv4_2', 'conv4_3', 'conv4_4', 'pool4',
        'conv5_1', 'conv5_2', 'conv5_3', 'conv5_4', 'pool5',
        'fc6', 'fc7', 'fc8', 'prob']
    assert model.conv5_4.W.shape == (512, 512, 3, 3)
    assert model.fc6.W.shape == (4096, 25088)
    assert not model.fc6.W.array.any()  # zero-filled before loading
    x = numpy.ones((1, 3, 32, 32), numpy.float32)
    with chainer.using_config('train', False):
        out = model(x, layers=['pool5', 'conv3_4'])
    assert out['pool5'].shape == (1, 512, 1, 1)
    assert out['conv3_4'].shape == (1, 256, 8, 8)
    with pytest.raises(NotImplementedError):
        vgg.VGGLayers(pretrained_model='w.npz').functions


def test_resnet_structure(monkeypatch):
    from chainer_compat.links.model.vision import _common
    monkeypatch.setattr(_common, 'load_npz', lambda path, model: None)
    model = L.ResNet101Layers(pretrained_model='w.npz', downsample_fb=True)
    assert model.available_layers == [
        'conv1', 'pool1', 'res2', 'res3', 'res4', 'res5', 'pool5', 'fc6',
        'prob']
    assert model.res4._forward == ['a'] + ['b%d' % i for i in range(1, 23)]
    # downsample_fb puts the stride on the 3x3 convolution
    assert model.res3.a.conv1.stride == (1, 1)
    assert model.res3.a.conv2.stride == (2, 2)
    with pytest.warns(DeprecationWarning):
        resnet.BuildingBlock(in_channels=4, mid_channels=2, out_channels=4,
                             stride=1, n_layer=2)
