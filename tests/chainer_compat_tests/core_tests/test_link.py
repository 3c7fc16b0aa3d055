"""Link/Chain/ChainList as torch.nn.Module with Chainer's registration."""
import collections

import numpy
import pytest
import torch

import chainer_compat as chainer
import chainer_compat.functions as F
import chainer_compat.links as L


class MLP(chainer.Chain):
    def __init__(self):
        super(MLP, self).__init__()
        with self.init_scope():
            self.l1 = L.Linear(3, 4)
            self.l2 = L.Linear(None, 2)
        self.not_registered = L.Linear(1, 1)   # outside init_scope

    def forward(self, x):
        return self.l2(F.relu(self.l1(x)))


def test_registration_mirrors_into_torch():
    m = MLP()
    assert isinstance(m, torch.nn.Module)
    assert [k for k, _ in m.namedparams()] == ['/l1/W', '/l1/b', '/l2/W',
                                               '/l2/b']
    assert sorted(m.state_dict()) == ['l1.W', 'l1.b', 'l2.W', 'l2.b']
    assert set(dict(m.named_children())) == {'l1', 'l2'}
    # one torch tensor per Chainer Parameter, for its whole life
    assert m.l1.W._t is dict(m.named_parameters())['l1.W']
    assert m.l1.name == 'l1'


def test_lazy_parameter_keeps_tensor_identity_for_torch_optim():
    numpy.random.seed(0)   # some ReLU units must be alive for W to move
    m = MLP()
    before = m.l2.W._t
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    x = numpy.ones((2, 3), numpy.float32)
    y = m(x)
    assert m.l2.W.shape == (2, 4)
    assert m.l2.W._t is before
    loss = F.sum(y)
    m.cleargrads()
    loss.backward()
    w0 = m.l2.W.array.copy()
    opt.step()
    assert not numpy.allclose(w0, m.l2.W.array)


def test_linear_shape_error_is_invalid_type():
    from chainer_compat.utils import type_check
    with pytest.raises(type_check.InvalidType) as e:
        L.Linear(3, 2)(numpy.zeros((1, 4), numpy.float32))
    assert str(e.value) == (
        '\nInvalid operation is performed in: LinearFunction (Forward)\n\n'
        'Expect: x.shape[1] == W.shape[1]\nActual: 4 != 3')


def test_persistents_are_buffers():
    link = chainer.Link()
    link.add_persistent('avg', numpy.zeros(3, numpy.float32))
    link.add_persistent('N', 0)
    link.add_persistent('note', 'text')
    assert sorted(link.state_dict()) == ['N', 'avg']
    link.avg[1] = 5.0           # numpy view writes through
    assert link.state_dict()['avg'][1].item() == 5.0
    link.N += 1
    assert link.N == 1 and isinstance(link.N, int)
    assert link.note == 'text'
    link.avg = numpy.ones(3, numpy.float32)
    assert link.state_dict()['avg'].sum().item() == 3.0


def test_str_matches_chainer():
    assert str(L.Linear(3, 2)) == 'Linear(in_size=3, out_size=2, nobias=False)'

    class C(chainer.Chain):
        def __init__(s):
            super().__init__()
            with s.init_scope():
                s.a = L.Linear(2, 3)
                s.b = L.Linear(3, 1)
    assert str(C()) == ('C(\n  (a): Linear(in_size=2, out_size=3, '
                        'nobias=False),\n  (b): Linear(in_size=3, out_size=1,'
                        ' nobias=False),\n)')
    cl = chainer.ChainList(L.Linear(2, 3), L.Linear(3, 4))
    assert str(cl) == ('ChainList(\n  (0): Linear(in_size=2, out_size=3, '
                       'nobias=False),\n  (1): Linear(in_size=3, out_size=4,'
                       ' nobias=False),\n)')


def test_chainlist_mirrors_modules():
    cl = chainer.ChainList(L.Linear(2, 3), L.Linear(3, 4))
    cl.append(L.Linear(4, 5))
    assert list(dict(cl.named_children())) == ['0', '1', '2']
    del cl[0]
    assert [c.name for c in cl] == ['0', '1']
    assert sorted(cl.state_dict()) == ['0.W', '0.b', '1.W', '1.b']


def test_copy_modes():
    m = MLP()
    m(numpy.ones((1, 3), numpy.float32))
    shared = m.copy('share')
    assert numpy.shares_memory(shared.l1.W.array, m.l1.W.array)
    assert shared.l1.W._t is not m.l1.W._t     # separate grads
    assert shared.l1.W._t is dict(shared.named_parameters())['l1.W']
    deep = m.copy('copy')
    assert not numpy.shares_memory(deep.l1.W.array, m.l1.W.array)
    assert deep.l1.W._t is dict(deep.named_parameters())['l1.W']
    numpy.testing.assert_array_equal(deep.l1.W.array, m.l1.W.array)


def test_state_dict_roundtrip_and_torch_save(tmp_path):
    numpy.random.seed(1)
    a = MLP()
    numpy.random.seed(2)
    b = MLP()
    x = numpy.ones((1, 3), numpy.float32)
    a(x)
    b(x)
    path = str(tmp_path / 'm.pt')
    torch.save(a.state_dict(), path)
    b.load_state_dict(torch.load(path))
    numpy.testing.assert_array_equal(a(x).array, b(x).array)


def test_count_params_and_update_switches():
    m = MLP()
    assert m.count_params() == 3 * 4 + 4 + 2  # l2.W uninitialised: warned
    m.disable_update()
    assert not m.update_enabled or all(
        p.update_rule is None for p in m.params())


def test_init_scope_required_for_registration():
    m = chainer.Chain()
    m.x = L.Linear(1, 1)
    assert list(m.children()) == []
    with m.init_scope():
        m.y = L.Linear(1, 1)
    assert [c.name for c in m.children()] == ['y']
