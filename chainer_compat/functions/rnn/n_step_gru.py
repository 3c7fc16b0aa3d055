"""``chainer.functions.n_step_gru`` / ``n_step_bigru``."""
import torch

from chainer_compat.functions.rnn import lstm as _lstm_mod
from chainer_compat.functions.rnn import n_step_rnn as _rnn


def _gru(x, h, c, w, b):
    xw = torch.cat([w[0], w[1], w[2]], dim=0)
    hw = torch.cat([w[3], w[4], w[5]], dim=0)
    xb = torch.cat([b[0], b[1], b[2]], dim=0)
    hb = torch.cat([b[3], b[4], b[5]], dim=0)
    gru_x = _rnn._linear(x, xw, xb)
    gru_h = _rnn._linear(h, hw, hb)
    W_r_x, W_z_x, W_x = torch.chunk(gru_x, 3, dim=1)
    U_r_h, U_z_h, U_x = torch.chunk(gru_h, 3, dim=1)
    r = _lstm_mod._sigmoid(W_r_x + U_r_h)
    z = _lstm_mod._sigmoid(W_z_x + U_z_h)
    h_bar = torch.tanh(W_x + r * U_x)
    return (1 - z) * h_bar + z * h, None


def n_step_gru(
        n_layers, dropout_ratio, hx, ws, bs, xs, **kwargs):
    """Stacked uni-directional GRU (cuDNN form, Chainer's API).

    ``ws[l] = [W0..W5]``: ``W0/W3`` reset gate, ``W1/W4`` update gate,
    ``W2/W5`` candidate (input / hidden); ``h' = (1 - z) h_bar + z h``.
    Returns ``(hy, ys)``.
    """
    return _n_step_gru_base(n_layers, dropout_ratio, hx, ws, bs, xs,
                            use_bi_direction=False, **kwargs)


def n_step_bigru(
        n_layers, dropout_ratio, hx, ws, bs, xs, **kwargs):
    """Stacked bi-directional GRU (see :func:`n_step_gru`)."""
    return _n_step_gru_base(n_layers, dropout_ratio, hx, ws, bs, xs,
                            use_bi_direction=True, **kwargs)


def _n_step_gru_base(n_layers, dropout_ratio, hx, ws, bs, xs,
                     use_bi_direction, **kwargs):
    _rnn._check_kwargs(kwargs)
    _rnn._check_input_size(xs, ws)
    hxt, _, wst, bst, xst = _rnn._tensors(hx, None, ws, bs, xs)
    hy, _, ys = _rnn._n_step_rnn_impl(_gru, n_layers, dropout_ratio, hxt,
                                      None, wst, bst, xst, use_bi_direction)
    return _rnn._wrap('NStepGRU', _rnn._inputs(hx, None, ws, bs, xs),
                      hy, None, ys)
