"""chainer.links RNN links: layouts, state handling, argument errors."""
import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import links as L


def test_lstm_layout_and_forget_bias():
    numpy.random.seed(0)
    lstm = L.LSTM(3, 2)
    assert lstm.upward.W.shape == (8, 3)
    assert lstm.lateral.W.shape == (8, 2)
    assert lstm.lateral.b is None
    # gates interleaved per unit (a, i, f, o): forget bias 1, others 0
    numpy.testing.assert_array_equal(lstm.upward.b.array,
                                     [0, 0, 1, 0, 0, 0, 1, 0])
    assert lstm.state_size == 2
    assert lstm.h is None and lstm.c is None


def test_lstm_init_draw_order():
    # lateral block 0, upward block 0, lateral block 1, ... (LeCunNormal)
    numpy.random.seed(3)
    lstm = L.LSTM(3, 2)
    numpy.random.seed(3)
    rs = numpy.random
    lat0 = rs.normal(0, numpy.sqrt(1. / 2), (2, 2))
    up0 = rs.normal(0, numpy.sqrt(1. / 3), (2, 3))
    numpy.testing.assert_allclose(lstm.lateral.W.array[:2], lat0, rtol=1e-6)
    numpy.testing.assert_allclose(lstm.upward.W.array[:2], up0, rtol=1e-6)


def test_lstm_lazy_in_size():
    lstm = L.LSTM(4)
    assert lstm.upward.W.array is None
    y = lstm(numpy.zeros((2, 2, 3), numpy.float32))
    assert y.shape == (2, 4)
    assert lstm.upward.W.shape == (16, 6)
    assert lstm.upward.b.array[2] == 1


def test_lstm_state_and_batch_rules():
    lstm = L.LSTM(3, 2)
    x = numpy.ones((3, 3), numpy.float32)
    lstm(x)
    assert lstm.h.shape == (3, 2)
    y = lstm(x[:2])
    assert y.shape == (2, 2) and lstm.h.shape == (3, 2)
    with pytest.raises(TypeError, match='batch size of x'):
        lstm(numpy.ones((4, 3), numpy.float32))
    lstm.reset_state()
    assert lstm.h is None
    c = chainer.Variable(numpy.zeros((1, 2), numpy.float32))
    lstm.set_state(c, chainer.Variable(numpy.zeros((1, 2), numpy.float32)))
    assert lstm.c is c
    with pytest.raises(AssertionError):
        lstm.set_state(numpy.zeros((1, 2)), c)


def test_gru_call_errors_and_structure():
    g = L.GRU(3, 4)
    assert sorted(n for n, _ in g.namedparams()) == sorted(
        '/{}/{}'.format(a, b) for a in ('W', 'U', 'W_r', 'U_r', 'W_z', 'U_z')
        for b in ('W', 'b'))
    with pytest.raises(ValueError, match='StatelessGRU'):
        g(numpy.zeros((1, 4), numpy.float32), numpy.zeros((1, 3),
                                                           numpy.float32))
    with pytest.raises(ValueError):
        g()
    h = g(numpy.zeros((1, 3), numpy.float32))
    assert h.shape == (1, 4) and g.h is h


def test_zoneout_rejects_train_kwarg():
    with pytest.raises(ValueError, match='train argument'):
        L.StatefulZoneoutLSTM(3, 4, train=True)
    with pytest.raises(TypeError):
        L.StatefulZoneoutLSTM(3, 4, foo=1)


@pytest.mark.parametrize('name,n_weights,direction,n_cells', [
    ('NStepLSTM', 8, 1, 2), ('NStepBiLSTM', 8, 2, 2),
    ('NStepGRU', 6, 1, 1), ('NStepBiGRU', 6, 2, 1),
    ('NStepRNNTanh', 2, 1, 1), ('NStepRNNReLU', 2, 1, 1),
    ('NStepBiRNNTanh', 2, 2, 1), ('NStepBiRNNReLU', 2, 2, 1)])
def test_n_step_parameter_layout(name, n_weights, direction, n_cells):
    link = getattr(L, name)(2, 3, 5, 0.1)
    assert link.n_weights == n_weights and link.direction == direction
    assert link.n_cells == n_cells
    assert len(link) == 2 * direction
    names = dict(link.namedparams())
    for layer in range(2):
        for d in range(direction):
            idx = layer * direction + d
            for j in range(n_weights):
                w = names['/{}/w{}'.format(idx, j)]
                in_size = (3 if layer == 0 else 5 * direction) \
                    if j < n_weights // 2 else 5
                assert w.shape == (5, in_size)
                assert names['/{}/b{}'.format(idx, j)].shape == (5,)
                assert link.ws[idx][j] is w
    copied = link.copy('copy')
    assert copied.ws[0][0] is copied[0].w0
    assert copied.ws[0][0] is not link.ws[0][0]


def test_n_step_rejects_removed_kwargs():
    with pytest.raises(ValueError, match='use_cudnn'):
        L.NStepLSTM(1, 2, 3, 0.0, use_cudnn=True)
    link = L.NStepGRU(1, 2, 3, 0.0)
    xs = [numpy.zeros((2, 2), numpy.float32)]
    with pytest.raises(ValueError, match='train argument'):
        link(None, xs, train=True)


def test_n_step_lstm_variable_lengths_and_order():
    link = L.NStepLSTM(1, 2, 3, 0.0)
    rng = numpy.random.RandomState(0)
    xs = [rng.randn(n, 2).astype(numpy.float32) for n in (1, 3, 2)]
    hy, cy, ys = link(None, None, xs)
    assert hy.shape == (1, 3, 3) and cy.shape == (1, 3, 3)
    assert [y.shape for y in ys] == [(1, 3), (3, 3), (2, 3)]
    # each sequence alone gives the same result (order restored)
    for i, x in enumerate(xs):
        h1, c1, y1 = link(None, None, [x])
        numpy.testing.assert_allclose(y1[0].array, ys[i].array, rtol=1e-5,
                                      atol=1e-6)
        numpy.testing.assert_allclose(h1.array[:, 0], hy.array[:, i],
                                      rtol=1e-5, atol=1e-6)


def test_tree_lstm_argument_checks():
    t = L.ChildSumTreeLSTM(3, 2)
    with pytest.raises(ValueError, match='All inputs'):
        t(None, None, None)
    n = L.NaryTreeLSTM(3, 2, n_ary=3)
    assert sorted(k for k, _ in n.namedparams()) == [
        '/W_h1/W', '/W_h2/W', '/W_h3/W', '/W_x/W', '/W_x/b']
    with pytest.raises(AssertionError):
        n(None, None, None)


def test_mgu_state():
    m = L.StatefulMGU(3, 2)
    h = m(numpy.zeros((4, 3), numpy.float32))
    assert h.shape == (4, 2) and m.h is h
    m.reset_state()
    assert m.h is None
    assert L.StatelessMGU(3, 2).W_f.W.shape == (2, 5)
