import gzip
import io
import os
import pickle
import struct
import zipfile
from urllib import error as urlerror

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import dataset
from chainer_compat import datasets
from chainer_compat.dataset import download


@pytest.fixture
def dataset_root(tmp_path):
    old = dataset.get_dataset_root()
    dataset.set_dataset_root(str(tmp_path))
    yield str(tmp_path)
    dataset.set_dataset_root(old)


@pytest.fixture
def offline(monkeypatch):
    def fail(url, path):
        raise urlerror.URLError('no network')
    monkeypatch.setattr(download._urllib_request(), 'urlretrieve', fail)


def _write_fake_mnist(root, sub='pfnet/chainer/mnist', n=(6, 4)):
    d = os.path.join(root, sub)
    os.makedirs(d, exist_ok=True)
    rng = numpy.random.RandomState(0)
    for name, k in zip(('train.npz', 'test.npz'), n):
        numpy.savez_compressed(
            os.path.join(d, name),
            x=rng.randint(0, 256, (k, 784)).astype(numpy.uint8),
            y=rng.randint(0, 10, k).astype(numpy.uint8))


def test_tuple_and_dict_dataset():
    t = datasets.TupleDataset([1, 2, 3], [4, 5, 6])
    assert t[1] == (2, 5) and t[0:2] == [(1, 4), (2, 5)] and len(t) == 3
    with pytest.raises(ValueError, match='wrong length'):
        datasets.TupleDataset([1], [1, 2])
    with pytest.raises(ValueError):
        datasets.TupleDataset()
    d = datasets.DictDataset(a=[1, 2], b=[3, 4])
    assert d[1] == {'a': 2, 'b': 4}
    assert d[:] == [{'a': 1, 'b': 3}, {'a': 2, 'b': 4}]


def test_sub_dataset_and_splits():
    base = list(range(10))
    s = datasets.SubDataset(base, 2, 5)
    assert list(s) == [2, 3, 4] and s[-1] == 4
    with pytest.raises(IndexError):
        s[3]
    a, b = datasets.split_dataset(base, 3)
    assert list(a) == [0, 1, 2] and len(b) == 7
    with pytest.raises(TypeError):
        datasets.split_dataset(base, 1.5)
    a, b = datasets.split_dataset_random(base, 4, seed=0)
    perm = numpy.random.RandomState(0).permutation(10)
    assert list(a) == list(perm[:4]) and list(b) == list(perm[4:])
    parts = datasets.split_dataset_n(base, 3)
    assert [len(p) for p in parts] == [3, 3, 3]
    folds = datasets.get_cross_validation_datasets(base, 3)
    assert [len(te) for _, te in folds] == [4, 3, 3]
    assert sorted(sum((list(te) for _, te in folds), [])) == base


def test_transform_and_concatenated():
    t = datasets.TransformDataset([1, 2, 3], lambda x: x * 2)
    assert t[1] == 4 and t[0:2] == [2, 4]
    c = datasets.ConcatenatedDataset([1, 2], [3])
    assert len(c) == 3 and c[2] == 3
    with pytest.raises(IndexError):
        c[3]


def test_text_dataset(tmp_path):
    p1 = tmp_path / 'a.txt'
    p2 = tmp_path / 'b.txt'
    p1.write_text('x1\nx2\nx3\n')
    p2.write_text('y1\ny2\ny3\n')
    t = datasets.TextDataset(str(p1))
    assert len(t) == 3 and t[1] == 'x2\n'
    t2 = datasets.TextDataset([str(p1), str(p2)],
                              filter_func=lambda a, b: a != 'x2\n')
    assert list(t2) == [('x1\n', 'y1\n'), ('x3\n', 'y3\n')]
    t3 = pickle.loads(pickle.dumps(t2))
    assert t3[1] == ('x3\n', 'y3\n')
    t.close()


def test_pickle_dataset(tmp_path):
    path = str(tmp_path / 'p.pkl')
    with datasets.open_pickle_dataset_writer(path) as w:
        w.write({'a': 1})
        w.write(numpy.arange(3))
    with datasets.open_pickle_dataset(path) as d:
        assert len(d) == 2 and d[0] == {'a': 1}
        numpy.testing.assert_array_equal(d[1], [0, 1, 2])
    with pytest.raises(ValueError, match='random access'):
        class R(io.RawIOBase):
            def seekable(self):
                return False
        datasets.PickleDataset(R())


def test_image_datasets(tmp_path):
    Image = pytest.importorskip('PIL.Image')
    img = numpy.arange(2 * 3 * 3, dtype=numpy.uint8).reshape(2, 3, 3)
    Image.fromarray(img).save(str(tmp_path / 'c.png'))
    Image.fromarray(img[:, :, 0]).save(str(tmp_path / 'g.png'))
    d = datasets.ImageDataset(['c.png', 'g.png'], root=str(tmp_path))
    assert d[0].shape == (3, 2, 3) and d[0].dtype == numpy.float32
    assert d[1].shape == (1, 2, 3)
    numpy.testing.assert_array_equal(d[0], img.transpose(2, 0, 1))
    (tmp_path / 'pairs.txt').write_text('c.png 3\ng.png 1\n')
    ld = datasets.LabeledImageDataset(str(tmp_path / 'pairs.txt'),
                                      root=str(tmp_path))
    x, y = ld[0]
    assert y == 3 and y.dtype == numpy.int32
    zpath = str(tmp_path / 'z.zip')
    with zipfile.ZipFile(zpath, 'w') as z:
        z.write(str(tmp_path / 'c.png'), 'c.png')
        z.write(str(tmp_path / 'g.png'), 'g.png')
    zd = datasets.ZippedImageDataset(zpath)
    assert len(zd) == 2 and zd[0].shape == (3, 2, 3)
    zd2 = pickle.loads(pickle.dumps(zd))
    assert zd2[1].shape == (1, 2, 3)
    md = datasets.MultiZippedImageDataset([zpath, zpath])
    assert len(md) == 4 and md[3].shape == (1, 2, 3)
    lz = datasets.LabeledZippedImageDataset(zpath, str(tmp_path / 'pairs.txt'))
    assert lz[1][1] == 1


def test_get_mnist_reads_chainer_cache(dataset_root):
    _write_fake_mnist(dataset_root)
    train, test = datasets.get_mnist()
    assert isinstance(train, datasets.TupleDataset)
    assert len(train) == 6 and len(test) == 4
    x, y = train[0]
    assert x.shape == (784,) and x.dtype == numpy.float32
    assert y.dtype == numpy.int32
    assert 0 <= x.min() and x.max() <= 1
    raw = numpy.load(os.path.join(dataset_root,
                                  'pfnet/chainer/mnist/train.npz'))
    numpy.testing.assert_allclose(
        train._datasets[0], raw['x'].astype(numpy.float32) / 255.)
    imgs, _ = datasets.get_mnist(withlabel=False, ndim=3, rgb_format=True,
                                 scale=2., dtype=numpy.float64)
    assert imgs.shape == (6, 3, 28, 28) and imgs.dtype == numpy.float64
    assert imgs.max() <= 2.
    imgs2, _ = datasets.get_mnist(withlabel=False, ndim=2)
    assert imgs2.shape == (6, 28, 28)
    with pytest.raises(ValueError, match='invalid ndim'):
        datasets.get_mnist(ndim=4)


def test_fashion_and_kuzushiji_dirs(dataset_root):
    _write_fake_mnist(dataset_root, 'pfnet/chainer/fashion-mnist')
    _write_fake_mnist(dataset_root, 'pfnet/chainer/kuzushiji_mnist')
    assert len(datasets.get_fashion_mnist()[0]) == 6
    assert len(datasets.get_kuzushiji_mnist()[1]) == 4
    assert len(datasets.get_fashion_mnist_labels()) == 10
    assert datasets.get_kuzushiji_mnist_labels()[0][0] == 'o'


def test_mnist_built_from_raw_downloads(dataset_root):
    # Raw idx.gz files placed in the download cache are converted to npz.
    cache = os.path.join(dataset_root, '_dl_cache')
    os.makedirs(cache)
    import hashlib
    from chainer_compat.datasets import mnist
    rng = numpy.random.RandomState(1)
    for split, n in (('train', 3), ('t10k', 2)):
        x = rng.randint(0, 256, (n, 784)).astype(numpy.uint8)
        y = rng.randint(0, 10, n).astype(numpy.uint8)
        for kind, payload in (
                ('images-idx3', struct.pack('>iiii', 2051, n, 28, 28) +
                 x.tobytes()),
                ('labels-idx1', struct.pack('>ii', 2049, n) + y.tobytes())):
            url = [u for u in mnist._urls if split + '-' + kind in u][0]
            h = hashlib.md5(url.encode('utf-8')).hexdigest()
            with gzip.open(os.path.join(cache, h), 'wb') as f:
                f.write(payload)
        if split == 'train':
            x_train, y_train = x, y
    train, test = datasets.get_mnist()
    assert len(train) == 3 and len(test) == 2
    numpy.testing.assert_array_equal(train._datasets[1], y_train)
    assert os.path.exists(os.path.join(dataset_root,
                                       'pfnet/chainer/mnist/train.npz'))


def test_get_mnist_offline_error_names_file(dataset_root, offline):
    with pytest.raises(urlerror.URLError) as e:
        datasets.get_mnist()
    msg = str(e.value)
    assert os.path.join('pfnet', 'chainer', 'mnist', 'train.npz') in msg


def test_get_cifar_reads_cache(dataset_root):
    d = os.path.join(dataset_root, 'pfnet', 'chainer', 'cifar')
    os.makedirs(d)
    rng = numpy.random.RandomState(0)
    numpy.savez_compressed(
        os.path.join(d, 'cifar-10.npz'),
        train_x=rng.randint(0, 256, (4, 3072)).astype(numpy.uint8),
        train_y=rng.randint(0, 10, 4).astype(numpy.uint8),
        test_x=rng.randint(0, 256, (2, 3072)).astype(numpy.uint8),
        test_y=rng.randint(0, 10, 2).astype(numpy.uint8))
    train, test = datasets.get_cifar10()
    x, y = train[0]
    assert x.shape == (3, 32, 32) and y.dtype == numpy.int32
    flat = datasets.get_cifar10(withlabel=False, ndim=1)[1]
    assert flat.shape == (2, 3072)
    with pytest.raises(ValueError, match='invalid ndim'):
        datasets.get_cifar10(ndim=2)


def test_get_cifar100_offline(dataset_root, offline):
    with pytest.raises(urlerror.URLError) as e:
        datasets.get_cifar100()
    assert 'cifar-100.npz' in str(e.value)


def test_get_ptb_reads_cache(dataset_root):
    d = os.path.join(dataset_root, 'pfnet/chainer/ptb')
    os.makedirs(d)
    for name in ('train', 'valid', 'test'):
        numpy.savez_compressed(os.path.join(d, name + '.npz'),
                               x=numpy.arange(5, dtype=numpy.int32))
    with open(os.path.join(d, 'vocab.txt'), 'w') as f:
        f.write('a\nb\n<eos>\n')
    train, valid, test = datasets.get_ptb_words()
    assert train.dtype == numpy.int32 and len(valid) == 5
    assert datasets.get_ptb_words_vocabulary() == {'a': 0, 'b': 1,
                                                   '<eos>': 2}


def test_get_svhn_reads_cache(dataset_root):
    pytest.importorskip('scipy')
    d = os.path.join(dataset_root, 'pfnet/chainer/svhn')
    os.makedirs(d)
    for name in ('train', 'test'):
        numpy.savez_compressed(
            os.path.join(d, name + '.npz'),
            x=numpy.zeros((32, 32, 3, 2), numpy.uint8),
            y=numpy.array([[10], [3]], numpy.uint8))
    train, test = datasets.get_svhn()
    x, y = train[0]
    assert x.shape == (3, 32, 32) and int(y) == 0 and int(train[1][1]) == 3


def test_chainer_alias_names_exist():
    for name in ('TupleDataset', 'DictDataset', 'SubDataset',
                 'TransformDataset', 'ConcatenatedDataset', 'ImageDataset',
                 'LabeledImageDataset', 'ZippedImageDataset',
                 'MultiZippedImageDataset', 'LabeledZippedImageDataset',
                 'TextDataset', 'PickleDataset', 'PickleDatasetWriter',
                 'open_pickle_dataset', 'open_pickle_dataset_writer',
                 'get_mnist', 'get_fashion_mnist', 'get_kuzushiji_mnist',
                 'get_cifar10', 'get_cifar100', 'get_ptb_words',
                 'get_ptb_words_vocabulary', 'get_svhn',
                 'split_dataset', 'split_dataset_n', 'split_dataset_random',
                 'split_dataset_n_random', 'get_cross_validation_datasets',
                 'get_cross_validation_datasets_random'):
        assert hasattr(chainer.datasets, name), name
