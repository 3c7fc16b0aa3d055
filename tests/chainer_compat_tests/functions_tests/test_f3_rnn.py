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


# --- fuzz leaks: Chainer's per-step F.linear / Add / LSTM / Stack checks --

def _nstep_params(r, n_w, in_size, out_size, dtype='f', n_layers=1):
    ws = [[r.randn(out_size, (in_size if layer == 0 else out_size)
                   if i < n_w // 2 else out_size).astype(dtype)
           for i in range(n_w)] for layer in range(n_layers)]
    bs = [[r.randn(out_size).astype(dtype) for _ in range(n_w)]
          for layer in range(n_layers)]
    return ws, bs


def test_n_step_rnn_int_input_is_invalid_type():
    r = numpy.random.RandomState(4)
    ws, bs = _nstep_params(r, 2, 3, 2, 'i')
    with pytest.raises(type_check.InvalidType) as e:
        F.n_step_rnn(1, 0.0, numpy.zeros((1, 2, 2), 'i'), ws, bs,
                     [numpy.zeros((1, 3), 'i')])
    assert 'LinearFunction' in str(e.value)
    assert 'x.dtype.kind == f' in str(e.value)


def test_n_step_lstm_later_step_width_mismatch_is_invalid_type():
    # xs[0] passes the up-front size check, xs[1] fails in F.linear
    r = numpy.random.RandomState(5)
    ws, bs = _nstep_params(r, 8, 2, 3)
    hx = numpy.zeros((1, 2, 3), 'f')
    with pytest.raises(type_check.InvalidType) as e:
        F.n_step_lstm(1, 0.0, hx, hx, ws, bs,
                      [numpy.zeros((2, 2), 'f'), numpy.zeros((1, 3), 'f')])
    assert 'x.shape[1] == W.shape[1]' in str(e.value)


def test_n_step_gru_has_no_input_size_value_error():
    # Chainer's n_step_gru has no up-front size check: F.linear raises
    r = numpy.random.RandomState(6)
    ws, bs = _nstep_params(r, 6, 2, 3)
    with pytest.raises(type_check.InvalidType) as e:
        F.n_step_gru(1, 0.0, numpy.zeros((1, 2, 3), 'f'), ws, bs,
                     [numpy.zeros((2, 3), 'f')])
    assert 'LinearFunction' in str(e.value)


def test_n_step_bigru_hidden_width_mismatch_is_invalid_type():
    r = numpy.random.RandomState(7)
    ws, bs = _nstep_params(r, 6, 2, 3, n_layers=2)
    with pytest.raises(type_check.InvalidType) as e:
        F.n_step_bigru(1, 0.0, numpy.zeros((2, 1, 4), 'f'), ws, bs,
                       [numpy.zeros((1, 2), 'f')])
    assert 'x.shape[1] == W.shape[1]' in str(e.value)


def test_n_step_lstm_bad_weight_shape_is_stack_invalid_type():
    r = numpy.random.RandomState(8)
    ws, bs = _nstep_params(r, 8, 2, 3)
    ws[0][5] = ws[0][5][:2]
    hx = numpy.zeros((1, 2, 3), 'f')
    with pytest.raises(type_check.InvalidType) as e:
        F.n_step_lstm(1, 0.0, hx, hx, ws, bs, [numpy.zeros((2, 2), 'f')])
    assert 'Stack' in str(e.value)


def test_n_step_rnn_growing_batch_is_broadcast_invalid_type():
    r = numpy.random.RandomState(9)
    ws, bs = _nstep_params(r, 2, 2, 3)
    with pytest.raises(type_check.InvalidType) as e:
        F.n_step_rnn(1, 0.0, numpy.zeros((1, 2, 3), 'f'), ws, bs,
                     [numpy.zeros((2, 2), 'f'), numpy.zeros((3, 2), 'f')])
    assert 'cannot broadcast' in str(e.value)


def test_n_step_lstm_float64_weights_with_float32_input():
    # Chainer's F.linear accepts W of another float dtype (x's dtype out)
    r = numpy.random.RandomState(10)
    ws, bs = _nstep_params(r, 8, 2, 3, 'd')
    bs = [[b.astype('f') for b in bl] for bl in bs]
    hx = numpy.zeros((1, 2, 3), 'f')
    xs = [r.randn(2, 2).astype('f')]
    hy, cy, ys = F.n_step_lstm(1, 0.0, hx, hx, ws, bs, xs)
    assert hy.dtype == cy.dtype == ys[0].dtype == numpy.float32
    hy64, _, _ = F.n_step_lstm(
        1, 0.0, hx.astype('d'), hx.astype('d'), ws,
        [[b.astype('d') for b in bl] for bl in bs], [xs[0].astype('d')])
    numpy.testing.assert_allclose(hy.array, hy64.array, rtol=1e-5, atol=1e-6)


def test_n_step_birnn_rejects_train_kwarg():
    with pytest.raises(ValueError):
        F.n_step_birnn(1, 0.0, numpy.zeros((2, 1, 2), 'f'),
                       [[numpy.zeros((2, 2), 'f')] * 2] * 2,
                       [[numpy.zeros(2, 'f')] * 2] * 2,
                       [numpy.zeros((1, 2), 'f')], train=True)
