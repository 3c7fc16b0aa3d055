"""``chainer.functions.lstm``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def _sigmoid(x):
    # Chainer's CPU sigmoid: tanh(x / 2) / 2 + 1 / 2
    return torch.tanh(x * 0.5) * 0.5 + 0.5


def _extract_gates(x):
    r = x.reshape((len(x), x.shape[1] // 4, 4) + tuple(x.shape[2:]))
    return [r[:, :, i] for i in range(4)]


def lstm(c_prev, x):
    """Chainer's LSTM cell activation: returns ``(c, h)``.

    ``x`` (``(B, 4U, ...)``) holds the gates **interleaved per unit** in the
    order (a, i, f, o) -- reshape ``(B, U, 4)`` -- unlike torch's contiguous
    (i, f, g, o) blocks.  ``x`` may have a smaller batch than ``c_prev``;
    the remaining rows of ``c`` are copied from ``c_prev``.
    """
    ct = _f.tensor(c_prev)
    xt = _f.tensor(x)

    def body(in_types):
        c_type, x_type = in_types
        type_check.expect(
            c_type.dtype.kind == 'f',
            x_type.dtype == c_type.dtype,
            c_type.ndim >= 2,
            x_type.ndim >= 2,
            c_type.ndim == x_type.ndim,
            x_type.shape[0] <= c_type.shape[0],
            x_type.shape[1] == 4 * c_type.shape[1],
        )
        for i in range(2, type_check.eval(c_type.ndim)):
            type_check.expect(x_type.shape[i] == c_type.shape[i])
    _util.check('LSTM', (ct, xt), body, names=('c', 'x'))
    a, i, f, o = _extract_gates(xt)
    batch = len(xt)
    a = torch.tanh(a)
    i = _sigmoid(i)
    f = _sigmoid(f)
    o = _sigmoid(o)
    c_b = a * i + f * ct[:batch]
    h = o * torch.tanh(c_b)
    if batch < ct.shape[0]:
        c_next = torch.cat([c_b, ct[batch:]], dim=0)
    else:
        c_next = c_b
    return _f.outputs([c_next, h], 'LSTM', (c_prev, x))


def _grad_tanh(y):
    return 1 - y * y


def _grad_sigmoid(y):
    return y * (1 - y)


class LSTMGrad(object):
    """Chainer's LSTM gradient function as a callable:
    ``LSTMGrad()(c_prev, x, c_next, gc, gh) -> (gc_prev, gx)``.

    ``c_next`` is treated as an independent input, as in Chainer (its
    derivatives are those of Chainer's formula)."""

    def __call__(self, c_prev, x, c_next, gc, gh):
        inputs = (c_prev, x, c_next, gc, gh)
        cp, xt, cn = _f.tensor(c_prev), _f.tensor(x), _f.tensor(c_next)
        gct = None if gc is None else _f.tensor(gc)
        ght = None if gh is None else _f.tensor(gh)
        batch = len(xt)
        a, i, f, o = _extract_gates(xt)
        a = torch.tanh(a)
        i = _sigmoid(i)
        f = _sigmoid(f)
        o = _sigmoid(o)
        co = torch.tanh(cn[:batch])
        gc_update = 0 if gct is None else gct[:batch]
        ghv = 0 if ght is None else ght
        g = ghv * o * _grad_tanh(co) + gc_update
        ga = g * i * _grad_tanh(a)
        gi = g * a * _grad_sigmoid(i)
        gf = g * cp[:batch] * _grad_sigmoid(f)
        go = ghv * co * _grad_sigmoid(o)
        gx = torch.stack([ga, gi, gf, go], dim=2).reshape(xt.shape)
        gcp = g * f
        if batch < cp.shape[0]:
            rest = torch.zeros_like(cp[batch:]) if gct is None \
                else gct[batch:]
            gcp = torch.cat([gcp, rest], dim=0)
        return _f.outputs([gcp.to(cp.dtype), gx.to(xt.dtype)], 'LSTMGrad',
                          tuple(v for v in inputs if v is not None))
