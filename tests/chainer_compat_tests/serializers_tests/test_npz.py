"""Facade tests of chainer.serializers (NPZ): safety, corrupt files,
strict / ignore_names / path, value types, torch state_dict round trips."""
import io
import os
import pickle
import zipfile

import numpy
import pytest
import torch

import chainer_compat as ch
from chainer_compat import serializers as S

L = ch.links


def _model():
    m = ch.Chain()
    with m.init_scope():
        m.l1 = L.Linear(3, 2)
        m.bn = L.BatchNormalization(2)
        m.lazy = L.Linear(None, 2)
    return m


def _saved(obj, compression=True):
    buf = io.BytesIO()
    S.save_npz(buf, obj, compression=compression)
    return buf.getvalue()


# --- security -----------------------------------------------------------

class _Evil(object):
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        # executed by any unpickler that trusts the file
        return (open, (self.path, 'w'))


def _npz_with_object(tmp_path, obj):
    arrays = {'l1/W': numpy.zeros((2, 3), 'f'), 'l1/b': numpy.zeros(2, 'f')}
    arr = numpy.empty((), dtype=object)
    arr[()] = obj
    arrays['l1/W'] = arr
    path = str(tmp_path / 'evil.npz')
    numpy.savez(path, **arrays)
    return path


def test_pickle_payload_is_refused_and_not_executed(tmp_path):
    marker = tmp_path / 'pwned'
    path = _npz_with_object(tmp_path, _Evil(str(marker)))
    # sanity: the payload really executes under a trusting loader
    with numpy.load(path, allow_pickle=True) as f:
        f['l1/W']
    assert marker.exists()
    marker.unlink()
    m = _model()
    with pytest.raises(ValueError, match=r"refusing to load entry 'l1/W'"):
        S.load_npz(path, m, strict=False)
    assert not marker.exists()


@pytest.mark.parametrize('obj', ['text', 3, [None], {'a': 1}])
def test_pickled_non_none_objects_are_refused(tmp_path, obj):
    path = _npz_with_object(tmp_path, obj)
    with pytest.raises(ValueError, match='only a pickled None'):
        S.load_npz(path, _model(), strict=False)


def test_pickled_object_array_with_shape_is_refused(tmp_path):
    path = str(tmp_path / 'a.npz')
    numpy.savez(path, **{'l1/W': numpy.array([None, None], dtype=object)})
    with pytest.raises(ValueError, match="'l1/W'"):
        S.load_npz(path, _model(), strict=False)


def test_chainers_none_marker_is_accepted():
    m = _model()
    data = _saved(m)
    with numpy.load(io.BytesIO(data), allow_pickle=True) as f:
        assert f['lazy/W'].dtype == object and f['lazy/W'][()] is None
    m2 = _model()
    S.load_npz(io.BytesIO(data), m2)
    assert m2.lazy.W.array is None
    numpy.testing.assert_array_equal(m2.l1.W.array, m.l1.W.array)


# --- corrupt / truncated files -----------------------------------------

def test_truncated_file(tmp_path):
    data = _saved(_model())
    path = tmp_path / 'trunc.npz'
    path.write_bytes(data[:len(data) // 2])
    with pytest.raises(ValueError, match='truncated, corrupt or not an NPZ'):
        S.load_npz(str(path), _model())


def test_garbage_file(tmp_path):
    path = tmp_path / 'garbage.npz'
    path.write_bytes(b'this is not a zip archive at all' * 10)
    with pytest.raises(ValueError, match='cannot read NPZ file'):
        S.load_npz(str(path), _model())


def test_npy_instead_of_npz(tmp_path):
    path = str(tmp_path / 'x.npy')
    numpy.save(path, numpy.zeros(3))
    with pytest.raises(ValueError, match='not an NPZ archive'):
        S.load_npz(path, _model())


def test_corrupt_member_names_the_key(tmp_path):
    data = bytearray(_saved(_model(), compression=False))
    # damage the bytes of the l1/W member (CRC mismatch on read)
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = z.getinfo('l1/W.npy')
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 130, start + 140):
        data[i] ^= 0xFF
    path = tmp_path / 'corrupt.npz'
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="'l1/W'"):
        S.load_npz(str(path), _model())


def test_missing_file_raises_oserror_family(tmp_path):
    with pytest.raises((OSError, ValueError)):
        S.load_npz(str(tmp_path / 'nope.npz'), _model())


# --- strict / ignore_names / path ----------------------------------------

def test_strict_missing_key_raises_keyerror():
    src = ch.Chain()
    with src.init_scope():
        src.l1 = L.Linear(3, 2)
    data = _saved(src)
    with pytest.raises(KeyError):
        S.load_npz(io.BytesIO(data), _model())
    m = _model()
    bn_before = m.bn.gamma.array.copy()
    S.load_npz(io.BytesIO(data), m, strict=False)
    numpy.testing.assert_array_equal(m.l1.W.array, src.l1.W.array)
    numpy.testing.assert_array_equal(m.bn.gamma.array, bn_before)


def test_ignore_names_string_callable_list():
    src = _model()
    src.l1.W.array[...] = 7
    src.l1.b.array[...] = 8
    data = _saved(src)
    m = _model()
    w0 = m.l1.W.array.copy()
    S.load_npz(io.BytesIO(data), m, ignore_names='l1/W')
    numpy.testing.assert_array_equal(m.l1.W.array, w0)
    assert (m.l1.b.array == 8).all()
    m = _model()
    S.load_npz(io.BytesIO(data), m,
               ignore_names=[lambda k: k.endswith('/b'), 'l1/W'])
    assert not (m.l1.b.array == 8).any()
    m = _model()
    S.load_npz(io.BytesIO(data), m, ignore_names=lambda k: False)
    assert (m.l1.W.array == 7).all()
    with pytest.raises(ValueError, match='ignore_names needs to be'):
        S.load_npz(io.BytesIO(data), _model(), ignore_names=[3])


def test_path_prefix_loads_subtree():
    src = _model()
    src.l1.W.array[...] = 3
    s = S.DictionarySerializer()
    s['updater']['model:main'].save(src)
    assert 'updater/model:main/l1/W' in s.target
    assert 'updater/model:main/bn/N' in s.target
    buf = io.BytesIO()
    S.save_npz(buf, s.target)
    buf.seek(0)
    m = _model()
    S.load_npz(buf, m, path='updater/model:main/')
    assert (m.l1.W.array == 3).all()


def test_scalar_type_checks():
    d = S.NpzDeserializer({'x': numpy.asarray(1.5), 'i': numpy.asarray(3),
                           'n': numpy.asarray(None)})
    with pytest.raises(TypeError, match='Cannot safely deserialize'):
        d('x', 1)
    assert d('x', 1.0) == 1.5 and type(d('x', 1.0)) is float
    assert d('i', 0) == 3 and type(d('i', 0)) is int
    assert d('n', numpy.zeros(2)) is None
    arr = d('x', None)
    assert isinstance(arr, numpy.ndarray)


def test_tensor_values_serialize_and_deserialize():
    t = torch.arange(3, dtype=torch.float32)
    s = S.DictionarySerializer()
    s('t', t)
    assert isinstance(s.target['t'], numpy.ndarray)
    numpy.testing.assert_array_equal(s.target['t'], [0, 1, 2])
    dst = torch.zeros(3)
    d = S.NpzDeserializer({'t': numpy.array([5., 6., 7.], 'f')})
    assert d('t', dst) is dst
    assert dst.tolist() == [5., 6., 7.]


def test_save_npz_compression_flag_and_dict(tmp_path):
    for comp, kind in ((True, zipfile.ZIP_DEFLATED),
                       (False, zipfile.ZIP_STORED)):
        path = str(tmp_path / 'd{}.npz'.format(int(comp)))
        S.save_npz(path, {'a': numpy.arange(100)}, compression=comp)
        with zipfile.ZipFile(path) as z:
            assert z.getinfo('a.npy').compress_type == kind
        with numpy.load(path) as f:
            numpy.testing.assert_array_equal(f['a'], numpy.arange(100))


def test_dictionary_serializer_key_normalisation():
    s = S.DictionarySerializer()
    s['/a/']('/x', 1)
    s['a']['b']('y', None)
    assert sorted(s.target) == ['a/b/y', 'a/x']
    assert s.target['a/b/y'][()] is None
    assert s.target['a/x'].dtype.kind == 'i'


# --- torch interop ---------------------------------------------------------

def test_torch_state_dict_roundtrip(tmp_path):
    m = _model()
    m.lazy(numpy.ones((1, 4), 'f'))
    m.bn.avg_mean[...] = 0.5
    path = str(tmp_path / 'sd.pt')
    torch.save(m.state_dict(), path)
    m2 = _model()
    m2.lazy(numpy.zeros((1, 4), 'f'))
    m2.load_state_dict(torch.load(path))
    for (n1, p1), (n2, p2) in zip(sorted(m.namedparams()),
                                  sorted(m2.namedparams())):
        assert n1 == n2
        numpy.testing.assert_array_equal(p1.array, p2.array)
    numpy.testing.assert_array_equal(m2.bn.avg_mean, m.bn.avg_mean)
    # the loaded values are what Chainer sees (no stale numpy views)
    y1 = m.l1(numpy.ones((2, 3), 'f')).array
    y2 = m2.l1(numpy.ones((2, 3), 'f')).array
    numpy.testing.assert_array_equal(y1, y2)


def test_state_dict_keys_follow_chainer_names():
    m = _model()
    keys = set(m.state_dict())
    assert {'l1.W', 'l1.b', 'bn.gamma', 'bn.beta', 'bn.avg_mean',
            'bn.avg_var'} <= keys


def test_hdf5_without_h5py_gives_chainers_runtime_error(tmp_path):
    from chainer_compat.serializers import hdf5
    if hdf5._available:
        pytest.skip('h5py is installed')
    with pytest.raises(RuntimeError, match='h5py is not installed'):
        S.save_hdf5(str(tmp_path / 'x.h5'), _model())
    with pytest.raises(RuntimeError, match='pip install h5py'):
        S.load_hdf5(str(tmp_path / 'x.h5'), _model())
    with pytest.raises(RuntimeError):
        S.HDF5Serializer(None)
