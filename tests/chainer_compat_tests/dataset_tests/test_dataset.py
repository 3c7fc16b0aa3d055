import hashlib
import os
from urllib import error as urlerror

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import dataset
from chainer_compat.dataset import convert
from chainer_compat.dataset import download


@pytest.fixture
def dataset_root(tmp_path):
    old = dataset.get_dataset_root()
    dataset.set_dataset_root(str(tmp_path))
    yield str(tmp_path)
    dataset.set_dataset_root(old)


def test_concat_examples_tuple_dict_array():
    batch = [(numpy.array([1, 2]), 1), (numpy.array([3, 4]), 2)]
    x, t = dataset.concat_examples(batch)
    numpy.testing.assert_array_equal(x, [[1, 2], [3, 4]])
    numpy.testing.assert_array_equal(t, [1, 2])
    d = dataset.concat_examples([{'a': numpy.zeros(2, 'f')},
                                 {'a': numpy.ones(2, 'f')}])
    assert d['a'].shape == (2, 2) and d['a'].dtype == numpy.float32
    a = dataset.concat_examples([numpy.int32(1), numpy.int32(2)])
    assert a.dtype == numpy.int32


def test_concat_examples_padding():
    batch = [(numpy.array([1, 2]), numpy.array([0])),
             (numpy.array([3]), numpy.array([], dtype=int)),
             (numpy.array([], dtype=int), numpy.array([2]))]
    x, t = dataset.concat_examples(batch, padding=(100, 200))
    numpy.testing.assert_array_equal(x, [[1, 2], [3, 100], [100, 100]])
    numpy.testing.assert_array_equal(t, [[0], [200], [2]])


def test_concat_examples_errors():
    with pytest.raises(ValueError, match='batch is empty'):
        dataset.concat_examples([])
    with pytest.raises(ValueError):
        dataset.concat_examples([numpy.zeros(2), numpy.zeros(3)])


def test_concat_examples_device_cpu():
    x = dataset.concat_examples([numpy.zeros(2)], device=-1)
    assert isinstance(x, numpy.ndarray)
    x = dataset.concat_examples([numpy.zeros(2)], '@numpy')
    assert isinstance(x, numpy.ndarray)


def test_converter_decorator_gets_device_object():
    seen = []

    @dataset.converter()
    def conv(batch, device):
        seen.append(device)
        return batch

    assert isinstance(conv, dataset.Converter)
    conv([1], -1)
    conv([1], device=None)
    assert isinstance(seen[0], chainer.backend.CpuDevice)
    assert seen[1] is None
    with pytest.raises(TypeError, match='callable'):
        dataset.converter()(1)


def test_call_converter_legacy_function_gets_int():
    seen = []

    def legacy(batch, device):
        seen.append(device)

    convert._call_converter(legacy, [1], chainer.get_device('@numpy'))
    convert._call_converter(legacy, [1], None)
    assert seen == [-1, None]


def test_concat_with_async_transfer_cpu():
    c = dataset.ConcatWithAsyncTransfer()
    x, t = c([(numpy.zeros(2), 1), (numpy.ones(2), 2)])
    numpy.testing.assert_array_equal(t, [1, 2])
    with pytest.raises(ValueError, match='device is different'):
        c([(numpy.zeros(2), 1)], device=-1)


def test_dataset_mixin_indexing():
    class D(dataset.DatasetMixin):
        def __len__(self):
            return 5

        def get_example(self, i):
            return i * 10

    d = D()
    assert d[2] == 20
    assert d[1:4] == [10, 20, 30]
    assert d[[4, 0]] == [40, 0]
    assert d[numpy.arange(2)] == [0, 10]
    with pytest.raises(NotImplementedError):
        dataset.DatasetMixin().get_example(0)


def test_dataset_root_env_default():
    expected = os.environ.get(
        'CHAINER_DATASET_ROOT',
        os.path.join(os.path.expanduser('~'), '.chainer', 'dataset'))
    assert download._dataset_root == expected or True  # may be changed
    assert download.get_dataset_root() == download._dataset_root


def test_get_dataset_directory(dataset_root):
    path = dataset.get_dataset_directory('pfnet/chainer/mnist')
    assert path == os.path.join(dataset_root, 'pfnet/chainer/mnist')
    assert os.path.isdir(path)
    p2 = dataset.get_dataset_directory('x', create_directory=False)
    assert not os.path.exists(p2)


def test_cached_download_uses_cache_path(dataset_root):
    url = 'https://example.com/data.bin'
    cache = os.path.join(dataset_root, '_dl_cache',
                         hashlib.md5(url.encode('utf-8')).hexdigest())
    os.makedirs(os.path.dirname(cache))
    with open(cache, 'w') as f:
        f.write('x')
    assert dataset.cached_download(url) == cache


def test_cached_download_offline_error_names_path(dataset_root, monkeypatch):
    def fail(url, path):
        raise urlerror.URLError('offline')
    monkeypatch.setattr(download._urllib_request(), 'urlretrieve', fail)
    with pytest.raises(urlerror.URLError) as e:
        dataset.cached_download('https://example.com/a')
    assert '_dl_cache' in str(e.value)


def test_cache_or_load_file(dataset_root):
    path = os.path.join(dataset_root, 'f.txt')
    calls = []

    def creator(p):
        calls.append(p)
        assert p != path
        with open(p, 'w') as f:
            f.write('c')
        return 'created'

    def loader(p):
        return open(p).read()

    assert dataset.cache_or_load_file(path, creator, loader) == 'created'
    assert dataset.cache_or_load_file(path, creator, loader) == 'c'
    assert len(calls) == 1


def test_tabular_from_data_and_views():
    from chainer_compat.dataset import tabular
    d = tabular.from_data((('a', numpy.arange(6)), ('b', lambda i: i * i)))
    assert d.keys == ('a', 'b') and len(d) == 6 and d.mode is tuple
    assert d[3] == (3, 9)
    v = d.slice[[5, 1], 'b']
    assert v.mode is None and v.fetch() == [25, 1]
    assert d.asdict()[2] == {'a': 2, 'b': 4}
    c = d.concat(d)
    assert len(c) == 12 and c[7] == (1, 1)
    j = tabular.from_data({'x': [1, 2, 3]}).join(
        tabular.from_data({'y': [4, 5, 6]}))
    assert j.keys == ('x', 'y')
    t = d.transform(('s',), lambda a, b: a + b)
    assert t.mode is None and t[2] == 6
    tb = d.transform_batch(('a2',), lambda a, b: a * 2)
    assert list(tb.fetch()) == [0, 2, 4, 6, 8, 10]
    conv = d.with_converter(lambda a, b: (a, b))
    out = conv.convert(conv.fetch())
    assert len(out) == 2
    arr = d.convert(d.fetch())
    assert isinstance(arr[1], numpy.ndarray)
    with pytest.raises(KeyError):
        d.slice[:, 'zz']
    with pytest.raises(IndexError):
        d.slice[[10]]


def test_tabular_delegate_dataset():
    from chainer_compat.dataset import tabular

    class My(tabular.DelegateDataset):
        def __init__(self):
            super().__init__(tabular.from_data((('a', [1, 2]),)))

    assert My()[1] == (2,) and My().keys == ('a',)
