"""chainer.Sequential: list API, registration, errors, printing, pickling."""
import functools
import pickle

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import functions as F
from chainer_compat import links as L


def _lin(i=3, o=3):
    return L.Linear(i, o)


def test_links_and_callables_registration():
    l1, l2 = _lin(), _lin(3, 2)
    s = chainer.Sequential(l1, F.relu, lambda x: x * 2, l2)
    assert len(s) == 4
    assert list(s) == s._layers
    assert list(s.children()) == [l1, l2]
    assert [l1.name, l2.name] == ['0', '1']
    assert list(s._modules) == ['0', '1']
    assert [n for n, _ in s.namedparams()] == ['/0/W', '/0/b', '/1/W',
                                               '/1/b']
    assert sorted(s.state_dict()) == ['0.W', '0.b', '1.W', '1.b']
    x = numpy.random.randn(2, 3).astype(numpy.float32)
    expected = l2(F.relu(l1(x)) * 2)
    numpy.testing.assert_allclose(s(x).array, expected.array)


def test_insert_positions_keep_link_order():
    a, b, c = _lin(), _lin(), _lin()
    s = chainer.Sequential(a, F.relu, b)
    s.insert(1, c)
    assert s[1] is c
    assert list(s.children()) == [a, c, b]
    assert list(s._modules.values()) == [a, c, b]
    assert [ln.name for ln in s.children()] == ['0', '1', '2']
    s.insert(0, F.tanh)
    assert s[0] is F.tanh
    s.insert(-1, F.sigmoid)
    assert s[-2] is F.sigmoid
    with pytest.raises(IndexError):
        s.insert(10, F.relu)
    with pytest.raises(ValueError):
        s.insert(0, 3)


def test_delete_pop_remove_reindex_children():
    a, b, c = _lin(), _lin(), _lin()
    s = chainer.Sequential(a, F.relu, b, c)
    # Chainer 7.8.1's insert puts a new child right after the *first* link
    # of the layers before it, so the children order is [a, c, b].
    assert list(s.children()) == [a, c, b]
    del s[0]
    assert list(s.children()) == [c, b]
    assert [ln.name for ln in s.children()] == ['0', '1']
    assert list(s._modules.values()) == [c, b]
    assert s.pop() is c
    assert list(s.children()) == [b]
    s.remove(F.relu)
    assert list(s) == [b]
    with pytest.raises(ValueError):
        s.remove(F.relu)


def test_setitem_replaces_layer():
    a, b = _lin(), _lin()
    s = chainer.Sequential(a, F.relu)
    s[1] = b
    assert list(s) == [a, b]
    assert list(s.children()) == [a, b]
    with pytest.raises(ValueError):
        s[5] = F.relu
    with pytest.raises(ValueError):
        s[0] = 'not callable'


def test_add_iadd_extend_and_errors():
    a, b = _lin(), _lin()
    s1 = chainer.Sequential(a, F.relu)
    s2 = chainer.Sequential(b)
    s3 = s1 + s2
    assert list(s3) == [a, F.relu, b]
    assert len(s1) == 2
    s1 += s2
    assert list(s1) == [a, F.relu, b]
    s1.extend(chainer.Sequential(F.tanh))
    assert s1[-1] is F.tanh
    with pytest.raises(ValueError, match='supports only objects'):
        s1 + [F.relu]
    with pytest.raises(ValueError, match='supports only objects'):
        s1 += [F.relu]


def test_slice_index_count_contains_reversed():
    a = _lin()
    s = chainer.Sequential(a, F.relu, F.relu)
    assert s[1:] == [F.relu, F.relu]
    assert s.index(F.relu) == 1
    assert s.count(F.relu) == 2
    assert F.relu in s and F.tanh not in s
    assert list(reversed(s)) == [F.relu, F.relu, a]
    assert s.count_by_layer_type('relu') == 2
    assert s.count_by_layer_type('Linear') == 1
    s.remove_by_layer_type('relu')
    assert list(s) == [a]


def test_clear_keeps_chainer_quirk():
    # Chainer 7.8.1 deletes while enumerating: every other child survives.
    a, b, c = _lin(), _lin(), _lin()
    s = chainer.Sequential(a, b, c)   # children [a, c, b] (see above)
    s.clear()
    assert len(s) == 0
    assert list(s.children()) == [c]


def test_forward_errors_and_tuples():
    with pytest.raises(RuntimeError, match='does not have any layer'):
        chainer.Sequential()(numpy.zeros((1, 1), numpy.float32))
    s = chainer.Sequential(lambda x, y: (x + y, x), lambda p, q: p * q)
    out = s(numpy.ones(2, numpy.float32), numpy.full(2, 2, numpy.float32))
    numpy.testing.assert_array_equal(out, [3, 3])


def test_str_matches_chainer_layout():
    s = chainer.Sequential(L.Linear(3, 2), F.relu)
    assert str(s) == (
        'Sequential(\n'
        '  (0): Linear(in_size=3, out_size=2, nobias=False),\n'
        '  (1): {},\n'
        ')'.format(F.relu))
    assert str(chainer.Sequential()) == 'Sequential()'
    lam = chainer.Sequential(lambda x: x)
    assert '(0): lam = chainer.Sequential(lambda x: x)' in str(lam)


def test_pickle_and_lambda_error():
    s = chainer.Sequential(_lin(), functools.partial(F.leaky_relu, slope=0.1))
    s2 = pickle.loads(pickle.dumps(s))
    x = numpy.random.randn(2, 3).astype(numpy.float32)
    numpy.testing.assert_allclose(s2(x).array, s(x).array)
    with pytest.raises(ValueError, match='lambda'):
        pickle.dumps(chainer.Sequential(lambda x: x))


def test_copy_modes_and_copyparams():
    a = _lin()
    s = chainer.Sequential(a, F.relu)
    shared = s.copy('share')
    assert shared[0] is not a
    assert shared[0].W.array is not None
    shared[0].W.array[...] = 5
    assert (a.W.array == 5).all()
    deep = s.copy('copy')
    deep[0].W.array[...] = 1
    assert (a.W.array == 5).all()
    s.copyparams(deep)
    assert (a.W.array == 1).all()
    with pytest.raises(ValueError):
        s.copyparams(chainer.ChainList(_lin()))


def test_repeat_and_flatten():
    s = chainer.Sequential(_lin(), F.relu)
    r = s.repeat(3)
    assert len(r) == 3 and all(isinstance(x, chainer.Sequential) for x in r)
    flat = r.flatten()
    assert len(flat) == 6
    assert [n for n, _ in flat.namedparams()] == [
        '/0/W', '/0/b', '/1/W', '/1/b', '/2/W', '/2/b']
    assert len(s.repeat(0)) == 0
    with pytest.raises(ValueError):
        s.repeat(2, mode='bad')


def test_serialize_roundtrip_keys(tmp_path):
    npz = pytest.importorskip('chainer_compat.serializers.npz')
    s = chainer.Sequential(_lin(), F.relu, _lin(3, 2))
    path = str(tmp_path / 's.npz')
    npz.save_npz(path, s)
    with numpy.load(path) as f:
        assert sorted(f.files) == ['0/W', '0/b', '1/W', '1/b']
    t = chainer.Sequential(_lin(), F.relu, _lin(3, 2))
    npz.load_npz(path, t)
    numpy.testing.assert_array_equal(t[2].W.array, s[2].W.array)
