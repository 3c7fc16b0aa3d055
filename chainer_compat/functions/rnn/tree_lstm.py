"""``chainer.functions.tree_lstm``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.functions.rnn.lstm import _sigmoid
from chainer_compat.utils import type_check


def tree_lstm(*inputs):
    """N-ary TreeLSTM unit: ``tree_lstm(c_1, ..., c_N, x)`` -> ``(c, h)``.

    ``x`` is ``(B, (3 + N) U)`` with **contiguous** gate blocks
    (a, i, o, f_1, ..., f_N).
    """
    ts = [_f.tensor(v) for v in inputs]

    def body(in_types):
        type_check.expect(in_types.size() >= 2)
        c_types = in_types[:-1]
        x_type = in_types[-1]
        n_ary = len(c_types)
        type_check.expect(x_type.ndim >= 2)
        for i in range(len(c_types)):
            type_check.expect(
                c_types[i].dtype.kind == 'f',
                x_type.dtype == c_types[i].dtype,
                c_types[i].ndim >= 2,
                c_types[i].ndim == x_type.ndim,
                x_type.shape[0] == c_types[i].shape[0],
                x_type.shape[1] == (3 + n_ary) * c_types[i].shape[1],
            )
            for j in range(2, type_check.eval(c_types[i].ndim)):
                # (sic) Chainer compares x.shape[i] here
                type_check.expect(x_type.shape[i] == c_types[i].shape[j])
    _util.check('TreeLSTM', ts, body)
    cs, x = ts[:-1], ts[-1]
    n_ary = len(cs)
    n_split = 3 + n_ary
    r = x.reshape((x.shape[0], n_split, x.shape[1] // n_split) +
                  tuple(x.shape[2:]))
    gates = [r[:, i] for i in range(n_split)]
    a = torch.tanh(gates[0])
    i = _sigmoid(gates[1])
    o = _sigmoid(gates[2])
    fs = [_sigmoid(f) for f in gates[3:]]
    s = None
    for f, cc in zip(fs, cs):
        s = f * cc if s is None else s + f * cc
    c = a * i + s
    h = o * torch.tanh(c)
    return _f.outputs([c, h], 'TreeLSTM', tuple(inputs))
