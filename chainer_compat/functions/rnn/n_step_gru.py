"""``chainer.functions.n_step_gru`` / ``n_step_bigru``."""
import torch

from chainer_compat._bridge import blas as _blas
from chainer_compat.functions.rnn import lstm as _lstm_mod
from chainer_compat.functions.rnn import n_step_rnn as _rnn


def _cat(ts):
    t0 = ts[0]
    if t0.dim() == 0 or any(t.dtype != t0.dtype or t.shape[1:] != t0.shape[1:]
                            for t in ts[1:]):
        import chainer_compat.functions as F
        F.concat(ts, axis=0)    # raises Chainer's Concat InvalidType
    return torch.cat(ts, dim=0)


class _GRUCell(object):
    gates = 3

    @staticmethod
    def prepare(w, b):
        xw = _cat([w[0], w[1], w[2]])
        hw = _cat([w[3], w[4], w[5]])
        xb = _cat([b[0], b[1], b[2]])
        hb = _cat([b[3], b[4], b[5]])
        return xw, xb, hw, hb

    @staticmethod
    def step(x, h, c, wb):
        xw, xb, hw, hb = wb
        gru_x = _blas.linear(x, xw, xb)
        gru_h = _blas.linear(h, hw, hb)
        W_r_x, W_z_x, W_x = torch.chunk(gru_x, 3, dim=1)
        U_r_h, U_z_h, U_x = torch.chunk(gru_h, 3, dim=1)
        r = _lstm_mod._sigmoid(W_r_x + U_r_h)
        z = _lstm_mod._sigmoid(W_z_x + U_z_h)
        h_bar = torch.tanh(W_x + r * U_x)
        return (1 - z) * h_bar + z * h, None

    @staticmethod
    def checked(x, h, c, wb):
        import chainer_compat.functions as F
        xw, xb, hw, hb = wb
        gru_x = F.linear(x, xw, xb)
        gru_h = F.linear(h, hw, hb)
        W_r_x, W_z_x, W_x = F.split_axis(gru_x, 3, axis=1)
        U_r_h, U_z_h, U_x = F.split_axis(gru_h, 3, axis=1)
        r = F.sigmoid(W_r_x + U_r_h)
        z = F.sigmoid(W_z_x + U_z_h)
        h_bar = F.tanh(W_x + r * U_x)
        return ((1 - z) * h_bar + z * _rnn._var(h))._t, None


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
    # (no input-size check here: Chainer's n_step_gru has none)
    _rnn._check_structure(ws, bs, n_layers, 2 if use_bi_direction else 1, 6)
    hxt, _, wst, bst, xst = _rnn._tensors(hx, None, ws, bs, xs)
    hy, _, ys = _rnn._n_step_rnn_impl(_GRUCell, n_layers, dropout_ratio, hxt,
                                      None, wst, bst, xst, use_bi_direction)
    return _rnn._wrap('NStepGRU', _rnn._inputs(hx, None, ws, bs, xs),
                      hy, None, ys)
