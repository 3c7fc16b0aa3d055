"""``chainer.functions.n_step_lstm`` / ``n_step_bilstm``."""
import torch

from chainer_compat._bridge import blas as _blas
from chainer_compat.functions.rnn import lstm as _lstm_mod
from chainer_compat.functions.rnn import n_step_rnn as _rnn


def _stack_weight(ws):
    # Chainer interleaves the four gates per unit: stack on axis 1, flatten
    w0 = ws[0]
    if w0.dim() == 0 or not _rnn._same(ws):
        import chainer_compat.functions as F
        F.stack(ws, axis=1)     # raises Chainer's Stack InvalidType
    w = torch.stack(ws, dim=1)
    return w.reshape((w.shape[0] * w.shape[1],) + tuple(w.shape[2:]))


class _LSTMCell(object):
    gates = 4

    @staticmethod
    def prepare(w, b):
        xw = _stack_weight([w[2], w[0], w[1], w[3]])
        hw = _stack_weight([w[6], w[4], w[5], w[7]])
        xb = _stack_weight([b[2], b[0], b[1], b[3]])
        hb = _stack_weight([b[6], b[4], b[5], b[7]])
        return xw, xb, hw, hb

    @staticmethod
    def step(x, h, c, wb):
        xw, xb, hw, hb = wb
        lstm_in = _blas.linear(x, xw, xb) + _blas.linear(h, hw, hb)
        a, i, f, o = _lstm_mod._extract_gates(lstm_in)
        batch = len(lstm_in)
        a = torch.tanh(a)
        i = _lstm_mod._sigmoid(i)
        f = _lstm_mod._sigmoid(f)
        o = _lstm_mod._sigmoid(o)
        c_b = a * i + f * c[:batch]
        h_b = o * torch.tanh(c_b)
        if batch < c.shape[0]:
            c_b = torch.cat([c_b, c[batch:]], dim=0)
        return h_b, c_b

    @staticmethod
    def checked(x, h, c, wb):
        import chainer_compat.functions as F
        xw, xb, hw, hb = wb
        lstm_in = F.linear(x, xw, xb) + F.linear(h, hw, hb)
        c_b, h_b = F.lstm(c, lstm_in)
        return h_b._t, c_b._t


def n_step_lstm(
        n_layers, dropout_ratio, hx, cx, ws, bs, xs, **kwargs):
    """Stacked uni-directional LSTM (Chainer's API and weight layout).

    ``ws[l]`` holds 8 matrices: ``W0..W3`` act on the input and ``W4..W7``
    on the hidden state, for the input gate, forget gate, cell candidate
    and output gate respectively (= torch/cuDNN order i, f, g, o);
    ``bs[l]`` holds the 8 matching biases.  ``xs`` is a time-major list of
    ``(B_t, I)`` arrays with non-increasing ``B_t``.
    Returns ``(hy, cy, ys)``.
    """
    return _n_step_lstm_base(n_layers, dropout_ratio, hx, cx, ws, bs, xs,
                             use_bi_direction=False, **kwargs)


def n_step_bilstm(
        n_layers, dropout_ratio, hx, cx, ws, bs, xs, **kwargs):
    """Stacked bi-directional LSTM (see :func:`n_step_lstm`); weights of
    layer ``l`` direction ``d`` are ``ws[2 * l + d]``."""
    return _n_step_lstm_base(n_layers, dropout_ratio, hx, cx, ws, bs, xs,
                             use_bi_direction=True, **kwargs)


def _n_step_lstm_base(n_layers, dropout_ratio, hx, cx, ws, bs, xs,
                      use_bi_direction, **kwargs):
    if kwargs:
        from chainer_compat.utils import argument
        argument.check_unexpected_kwargs(
            kwargs, train='train argument is not supported anymore. '
            'Use chainer.using_config',
            use_cudnn='use_cudnn argument is not supported anymore. '
            'Use chainer.using_config')
        argument.assert_kwargs_empty(kwargs)
    _rnn._check_input_size(xs, ws)
    _rnn._check_structure(ws, bs, n_layers, 2 if use_bi_direction else 1, 8)
    hxt, cxt, wst, bst, xst = _rnn._tensors(hx, cx, ws, bs, xs)
    hy, cy, ys = _rnn._n_step_rnn_impl(_LSTMCell, n_layers, dropout_ratio, hxt,
                                       cxt, wst, bst, xst, use_bi_direction)
    return _rnn._wrap('NStepLSTM', _rnn._inputs(hx, cx, ws, bs, xs),
                      hy, cy, ys)
