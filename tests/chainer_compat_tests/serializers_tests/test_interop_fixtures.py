"""NPZ interop with real Chainer 7.8.1 (fixtures from tools/make_fixtures.py).

* ``chainer_*.npz`` were written by real Chainer; the facade loads them and
  must compute what real Chainer computed from them (``chainer_expected``).
* ``facade_*.npz`` were written by the facade and loaded by real Chainer,
  which recorded its results in ``facade_loaded_by_chainer.npz``; the facade
  reloading its own files must agree with them.
"""
import json
import os

import numpy
import pytest

import chainer_compat as ch
from tests.fixtures import fixture_models as fm

FIX = os.path.join(os.path.dirname(__file__), '..', '..', 'fixtures')
S = ch.serializers


def _path(name):
    return os.path.join(FIX, name)


def _continue_from(prefix, via_snapshot):
    numpy.random.seed(0)
    model = fm.build(ch)
    opt = fm.make_optimizer(ch).setup(model)
    if via_snapshot:
        path = _path(prefix + '_snapshot.npz')
        S.load_npz(path, model, path='updater/model:main/')
        S.load_npz(path, opt, path='updater/optimizer:main/', strict=False)
    else:
        S.load_npz(_path(prefix + '_model.npz'), model)
        S.load_npz(_path(prefix + '_adam.npz'), opt, strict=False)
    out = {'eval': fm.evaluate(ch, model), 't': numpy.asarray(opt.t),
           'bn_N': numpy.asarray(model.bn.N)}
    fm.train(ch, model, opt, 2)
    out.update({'next/' + k: v for k, v in fm.params(model).items()})
    out['next_t'] = numpy.asarray(opt.t)
    out['spare_W_is_None'] = numpy.asarray(model.spare.W.array is None)
    return out


def _check(expected_file, prefix):
    with numpy.load(_path(expected_file)) as f:
        exp = dict(f)
    for name, snap in (('files', False), ('snapshot', True)):
        got = _continue_from(prefix, snap)
        keys = sorted(k[len(name) + 1:] for k in exp
                      if k.startswith(name + '/') and
                      k != name + '/strict_error')
        assert sorted(got) == keys
        for k in keys:
            numpy.testing.assert_allclose(
                got[k], exp[name + '/' + k], rtol=1e-5, atol=1e-6,
                err_msg='{} {}'.format(name, k))


def test_fixture_info():
    with open(_path('fixtures.json')) as f:
        info = json.load(f)
    assert info['chainer'] == '7.8.1'
    assert info['facade_files_loaded_by_real_chainer'] is True


def test_chainer_files_into_facade():
    _check('chainer_expected.npz', 'chainer')


def test_facade_files_as_real_chainer_read_them():
    _check('facade_loaded_by_chainer.npz', 'facade')


@pytest.mark.parametrize('prefix', ['chainer', 'facade'])
def test_strict_load_of_uninitialized_state_raises_keyerror(prefix):
    # real Chainer raises KeyError here too (recorded in the fixture)
    with numpy.load(_path('chainer_expected.npz')) as f:
        assert 'spare/W/m' in str(f['files/strict_error'])
    opt = fm.make_optimizer(ch).setup(fm.build(ch))
    with pytest.raises(KeyError, match='spare/W/m'):
        S.load_npz(_path(prefix + '_adam.npz'), opt)


def test_chainer_file_keys_and_none_marker():
    with numpy.load(_path('chainer_model.npz'), allow_pickle=False) as f:
        keys = sorted(f.files)
    assert keys == ['bn/N', 'bn/avg_mean', 'bn/avg_var', 'bn/beta',
                    'bn/gamma', 'l1/W', 'l2/W', 'l2/b', 'spare/W',
                    'spare/b']
    model = fm.build(ch)
    S.load_npz(_path('chainer_model.npz'), model)
    assert model.spare.W.array is None        # pickled None, read safely
    assert model.bn.N == 0 and type(model.bn.N) is int


@pytest.mark.parametrize('name', ['model', 'adam', 'snapshot'])
def test_facade_files_have_chainers_layout(name):
    with numpy.load(_path('chainer_' + name + '.npz'),
                    allow_pickle=True) as f:
        ref = {k: f[k] for k in f.files}
    with numpy.load(_path('facade_' + name + '.npz'),
                    allow_pickle=True) as f:
        got = {k: f[k] for k in f.files}
    assert sorted(got) == sorted(ref)
    for k in ref:
        assert got[k].dtype == ref[k].dtype, k
        assert got[k].shape == ref[k].shape, k
