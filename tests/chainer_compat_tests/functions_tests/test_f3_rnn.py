"""F3 unit tests: rnn functions (gate layout, API)."""
import numpy
import pytest

import chainer_compat as ch
import chainer_compat.functions as F
from chainer_compat.utils import type_check


def _sig(x):
    return 1 / (1 + numpy.exp(-x))


def test_lstm_interleaved_gate_order_and_return_order():
    r = numpy.random.RandomState(0)
    c = r.randn(2, 3).astype(numpy.float32)
    x = r.randn(2, 12).astype(numpy.float32)
    c_new, h = F.lstm(c, x)
    g = x.reshape(2, 3, 4)
    a, i, f, o = numpy.tanh(g[..., 0]), _sig(g[..., 1]), _sig(g[..., 2]), \
        _sig(g[..., 3])
    cc = a * i + f * c
    numpy.testing.assert_allclose(c_new.array, cc, rtol=1e-5, atol=1e-6)
    numpy.testing.assert_allclose(h.array, o * numpy.tanh(cc), rtol=1e-5,
                                  atol=1e-6)


def test_lstm_shrinking_batch_copies_cell():
    c = numpy.ones((3, 2), numpy.float32)
    x = numpy.zeros((1, 8), numpy.float32)
    c_new, h = F.lstm(c, x)
    assert c_new.shape == (3, 2) and h.shape == (1, 2)
    numpy.testing.assert_array_equal(c_new.array[1:], c[1:])


def test_lstm_type_check():
    with pytest.raises(type_check.InvalidType) as e:
        F.lstm(numpy.zeros((2, 3), numpy.float32),
               numpy.zeros((2, 8), numpy.float32))
    assert 'x.shape[1] == 4 * c.shape[1]' in str(e.value)


def _lstm_params(r, in_size, out_size):
    ws = [[r.randn(out_size, in_size if i < 4 else out_size).astype('f')
           for i in range(8)]]
    bs = [[r.randn(out_size).astype('f') for _ in range(8)]]
    return ws, bs


def test_n_step_lstm_weight_layout_matches_torch_order():
    # W0..W3 = input, forget, cell candidate, output (cuDNN/torch order)
    r = numpy.random.RandomState(1)
    ws, bs = _lstm_params(r, 2, 3)
    xs = [r.randn(1, 2).astype('f')]
    hx = numpy.zeros((1, 1, 3), 'f')
    cx = numpy.zeros((1, 1, 3), 'f')
    hy, cy, ys = F.n_step_lstm(1, 0.0, hx, cx, ws, bs, xs)
    x = xs[0][0]
    pre = [ws[0][k].dot(x) + bs[0][k] + bs[0][k + 4] for k in range(4)]
    i, f, g, o = _sig(pre[0]), _sig(pre[1]), numpy.tanh(pre[2]), \
        _sig(pre[3])
    c = i * g
    numpy.testing.assert_allclose(cy.array[0, 0], c, rtol=1e-5, atol=1e-6)
    numpy.testing.assert_allclose(ys[0].array[0], o * numpy.tanh(c),
                                  rtol=1e-5, atol=1e-6)


def test_n_step_variable_lengths():
    r = numpy.random.RandomState(2)
    ws, bs = _lstm_params(r, 2, 3)
    xs = [r.randn(b, 2).astype('f') for b in (3, 2, 1)]
    hx = numpy.zeros((1, 3, 3), 'f')
    hy, cy, ys = F.n_step_lstm(1, 0.0, hx, hx, ws, bs, xs)
    assert [y.shape for y in ys] == [(3, 3), (2, 3), (1, 3)]
    assert hy.shape == (1, 3, 3)


def test_n_step_input_size_mismatch():
    r = numpy.random.RandomState(3)
    ws, bs = _lstm_params(r, 2, 3)
    with pytest.raises(ValueError):
        F.n_step_lstm(1, 0.0, numpy.zeros((1, 1, 3), 'f'),
                      numpy.zeros((1, 1, 3), 'f'), ws, bs,
                      [numpy.zeros((1, 5), 'f')])


def test_n_step_rnn_bad_activation():
    with pytest.raises(ValueError):
        F.n_step_rnn(1, 0.0, numpy.zeros((1, 1, 2), 'f'),
                     [[numpy.zeros((2, 2), 'f')] * 2],
                     [[numpy.zeros(2, 'f')] * 2], [numpy.zeros((1, 2), 'f')],
                     activation='sigmoid')


def test_n_step_train_kwarg_rejected():
    with pytest.raises(ValueError):
        F.n_step_gru(1, 0.0, numpy.zeros((1, 1, 2), 'f'),
                     [[numpy.zeros((2, 2), 'f')] * 6],
                     [[numpy.zeros(2, 'f')] * 6], [numpy.zeros((1, 2), 'f')],
                     train=True)


def test_tree_lstm_contiguous_gates():
    c1 = numpy.zeros((1, 2), 'f')
    x = numpy.arange(8, dtype='f').reshape(1, 8) / 10
    c, h = F.tree_lstm(c1, x)
    a, i, o, f = x[0, 0:2], x[0, 2:4], x[0, 4:6], x[0, 6:8]
    numpy.testing.assert_allclose(c.array[0], numpy.tanh(a) * _sig(i),
                                  rtol=1e-6)
    assert isinstance(c, ch.Variable)
