"""HDF5 serializers (run only where h5py is importable)."""
import numpy
import pytest

import chainer_compat as ch
from chainer_compat import serializers as S

h5py = pytest.importorskip('h5py')
L = ch.links


def _model():
    m = ch.Chain()
    with m.init_scope():
        m.l1 = L.Linear(3, 2)
        m.bn = L.BatchNormalization(2)
        m.lazy = L.Linear(None, 2)
    return m


def test_layout_and_roundtrip(tmp_path):
    m = _model()
    m.bn.avg_mean[...] = 0.25
    opt = ch.optimizers.Adam().setup(m)
    opt.update(lambda: ch.functions.sum(m.l1(numpy.ones((1, 3), 'f'))))
    path = str(tmp_path / 'm.h5')
    S.save_hdf5(path, m)
    with h5py.File(path, 'r') as f:
        assert sorted(f.keys()) == ['bn', 'l1', 'lazy']
        assert f['l1/W'].shape == (2, 3)
        assert f['lazy/W'].shape is None          # h5py.Empty == None
        assert int(f['bn/N'][()]) == 0
    m2 = _model()
    S.load_hdf5(path, m2)
    numpy.testing.assert_array_equal(m2.l1.W.array, m.l1.W.array)
    numpy.testing.assert_array_equal(m2.bn.avg_mean, m.bn.avg_mean)
    assert m2.lazy.W.array is None
    opath = str(tmp_path / 'o.h5')
    S.save_hdf5(opath, opt)
    opt2 = ch.optimizers.Adam().setup(m2)
    with h5py.File(opath, 'r') as f:
        S.HDF5Deserializer(f, strict=False).load(opt2)
    assert opt2.t == 1
    numpy.testing.assert_array_equal(m2.l1.W.update_rule.state['m'],
                                     m.l1.W.update_rule.state['m'])


def test_strict_and_missing_group(tmp_path):
    src = ch.Chain()
    with src.init_scope():
        src.l1 = L.Linear(3, 2)
    path = str(tmp_path / 's.h5')
    S.save_hdf5(path, src)
    with pytest.raises(Exception):
        S.load_hdf5(path, _model())
    m = _model()
    with h5py.File(path, 'r') as f:
        S.HDF5Deserializer(f, strict=False).load(m)
    numpy.testing.assert_array_equal(m.l1.W.array, src.l1.W.array)


def test_save_dict(tmp_path):
    path = str(tmp_path / 'd.h5')
    S.save_hdf5(path, {'a/b': numpy.arange(4), 'c': 1.5})
    with h5py.File(path, 'r') as f:
        numpy.testing.assert_array_equal(f['a/b'][()], numpy.arange(4))
        assert f['c'][()] == 1.5
