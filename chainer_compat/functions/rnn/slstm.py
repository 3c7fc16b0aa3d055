"""``chainer.functions.slstm``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.functions.rnn.lstm import _extract_gates
from chainer_compat.functions.rnn.lstm import _sigmoid
from chainer_compat.utils import type_check


def slstm(c_prev1, c_prev2, x1, x2):
    """S-LSTM unit (two children, Zhu et al. 2015): returns ``(c, h)``.
    Gates of ``x1``/``x2`` are interleaved (a, i, f, o) as in ``lstm``."""
    ts = [_f.tensor(v) for v in (c_prev1, c_prev2, x1, x2)]

    def body(in_types):
        c1_type, c2_type, x1_type, x2_type = in_types
        type_check.expect(
            c1_type.dtype.kind == 'f',
            c2_type.dtype == c1_type.dtype,
            x1_type.dtype == c1_type.dtype,
            x2_type.dtype == c1_type.dtype,
            c1_type.ndim >= 2,
            c2_type.ndim >= 2,
            x1_type.ndim >= 2,
            x2_type.ndim >= 2,
            c1_type.ndim == x1_type.ndim,
            c1_type.ndim == c2_type.ndim,
            c1_type.ndim == x2_type.ndim,
            c1_type.shape[0] == x1_type.shape[0],
            c1_type.shape[0] == c2_type.shape[0],
            c1_type.shape[0] == x2_type.shape[0],
            x1_type.shape[1] == 4 * c1_type.shape[1],
            x2_type.shape[1] == 4 * c2_type.shape[1],
        )
        for i in range(2, type_check.eval(c1_type.ndim)):
            type_check.expect(x1_type.shape[i] == c1_type.shape[i])
            type_check.expect(x2_type.shape[i] == c2_type.shape[i])
            type_check.expect(x1_type.shape[i] == x2_type.shape[i])
    _util.check('SLSTM', ts, body, names=('c_prev1', 'c_prev2', 'x1', 'x2'))
    c1, c2, xt1, xt2 = ts
    a1, i1, f1, o1 = _extract_gates(xt1)
    a2, i2, f2, o2 = _extract_gates(xt2)
    a1 = torch.tanh(a1)
    i1 = _sigmoid(i1)
    f1 = _sigmoid(f1)
    a2 = torch.tanh(a2)
    i2 = _sigmoid(i2)
    f2 = _sigmoid(f2)
    o = _sigmoid(o1 + o2)
    c = a1 * i1 + a2 * i2 + f1 * c1 + f2 * c2
    h = o * torch.tanh(c)
    return _f.outputs([c, h], 'SLSTM', (c_prev1, c_prev2, x1, x2))


class SLSTMGrad(object):
    """Chainer's S-LSTM gradient function as a callable:
    ``SLSTMGrad()(c_prev1, c_prev2, x1, x2, c_next, gc, gh)``
    -> ``(gc_prev1, gc_prev2, gx1, gx2)``."""

    def __call__(self, c_prev1, c_prev2, x1, x2, c_next, gc, gh):
        inputs = (c_prev1, c_prev2, x1, x2, c_next, gc, gh)
        c1, c2, xt1, xt2, cn = [_f.tensor(v) for v in inputs[:5]]
        gct = 0 if gc is None else _f.tensor(gc)
        ght = 0 if gh is None else _f.tensor(gh)
        a1, i1, f1, o1 = _extract_gates(xt1)
        a2, i2, f2, o2 = _extract_gates(xt2)
        ta1, si1, sf1 = torch.tanh(a1), _sigmoid(i1), _sigmoid(f1)
        ta2, si2, sf2 = torch.tanh(a2), _sigmoid(i2), _sigmoid(f2)
        so = _sigmoid(o1 + o2)
        co = torch.tanh(cn)
        g = ght * so * (1 - co * co) + gct
        gx1 = torch.stack([g * si1 * (1 - ta1 * ta1),
                           g * ta1 * si1 * (1 - si1),
                           g * c1 * sf1 * (1 - sf1),
                           ght * co * so * (1 - so)], dim=2)
        gx2 = torch.stack([g * si2 * (1 - ta2 * ta2),
                           g * ta2 * si2 * (1 - si2),
                           g * c2 * sf2 * (1 - sf2),
                           ght * co * so * (1 - so)], dim=2)
        outs = [g * sf1, g * sf2, gx1.reshape(xt1.shape),
                gx2.reshape(xt2.shape)]
        return _f.outputs(outs, 'SLSTMGrad',
                          tuple(v for v in inputs if v is not None))
