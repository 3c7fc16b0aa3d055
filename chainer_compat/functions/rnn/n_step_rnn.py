"""``chainer.functions.n_step_rnn`` / ``n_step_birnn`` and the shared
stacked-RNN loop used by ``n_step_lstm`` / ``n_step_gru``.

``xs`` is Chainer's time-major list: ``xs[t]`` is ``(B_t, I)`` with
non-increasing ``B_t`` (see ``F.transpose_sequence``).  ``ws[l]`` / ``bs[l]``
are the per-layer lists of weight matrices / bias vectors (index
``2 * layer + direction`` when bidirectional).
"""
import torch

from chainer_compat._bridge import blas as _blas
from chainer_compat._bridge import function as _f
from chainer_compat.utils import argument


def _check_kwargs(kwargs):
    if kwargs:
        argument.check_unexpected_kwargs(
            kwargs, train='train argument is not supported anymore. '
            'Use chainer.using_config',
            use_cudnn='use_cudnn argument is not supported anymore. '
            'Use chainer.using_config')
        argument.assert_kwargs_empty(kwargs)


def _check_input_size(xs, ws):
    x_in = _f.tensor(xs[0]).shape[1]
    w_in = _f.tensor(ws[0][0]).shape[1]
    if x_in != w_in:
        raise ValueError('Inconsistent input size in input values and weight '
                         'parameters: {} != {}'.format(x_in, w_in))


def _check_structure(ws, bs, n_layers, directions, n_w):
    # Chainer collects ws[l][i] / bs[l][i] of every layer up front
    # (IndexError on a short list before anything is computed).
    for idx in range(n_layers * directions):
        for i in range(n_w):
            ws[idx][i]
        for i in range(n_w):
            bs[idx][i]


def _dropout(t, ratio):
    # Chainer applies F.dropout between layers (numpy RNG, config.train)
    import chainer_compat
    import chainer_compat.functions as F
    if not chainer_compat.config.train:
        return t  # F.dropout is the identity (and draws nothing)
    v = _f.output(t, 'Identity', ())
    return F.dropout(v, ratio=ratio)._t


def _var(t):
    return _f.output(t, 'Identity', ())


# Type checks.  Chainer builds every step from F.linear, +, F.lstm,
# F.concat ... so each step runs those functions' type checks.  Here a
# layer (one direction) runs on plain torch ops after one cheap test per
# layer (``_fast_ok``) proves every step valid; otherwise the layer runs
# ``cell.checked``: the same step built from the facade functions, which
# raise Chainer's errors (InvalidType from LinearFunction, _ + _, LSTM,
# Concat ...) at the step and op where Chainer raises them.

def _fast_ok(xs, h, c, wb, gates, uniform):
    """True if every step of the layer passes Chainer's checks with
    same-shape operands (the usual case)."""
    xw, xb, hw, hb = wb
    dt = xw.dtype
    if not (xw.is_floating_point() and xw.dim() == 2 and hw.dim() == 2
            and xb.dim() == 1 and hb.dim() == 1 and h.dim() == 2
            and hw.dtype == dt and xb.dtype == dt and hb.dtype == dt
            and h.dtype == dt):
        return False
    n = h.shape[1]
    rows = gates * n
    if not (hw.shape[1] == n and hw.shape[0] == rows
            and xw.shape[0] == rows and xb.shape[0] == rows
            and hb.shape[0] == rows):
        return False
    if c is not None and (c.dtype != dt or c.shape != h.shape):
        return False
    i = xw.shape[1]
    b = h.shape[0]
    # the outputs of a fast layer share dtype and width: test the first
    for x in (xs[:1] if uniform else xs):
        if x.dtype != dt or x.dim() != 2 or x.shape[1] != i or \
                x.shape[0] > b:
            return False
    return True


def _torch_cat(ts):
    return torch.cat(ts, dim=0)


def _checked_cat(ts):
    # Chainer's F.concat (its type checks)
    import chainer_compat.functions as F
    return F.concat(ts, axis=0)._t


def _one_directional_loop(step, xs, h, c, wb, cat=_torch_cat):
    """Chainer's time loop: a shrinking batch runs on the leading rows of
    the state and the rest is concatenated back after the step."""
    h_list = []
    for x in xs:
        batch = len(x)
        need_split = len(h) > batch
        if need_split:
            h, h_rest = h[:batch], h[batch:]
            if c is not None:
                c, c_rest = c[:batch], c[batch:]
        h, c = step(x, h, c, wb)
        h_list.append(h)
        if need_split:
            h = cat([h, h_rest])
            if c is not None:
                c = cat([c, c_rest])
    return h, c, h_list


def _direction(cell, xs, h, c, w, b, uniform):
    """One direction of one layer; returns (h, c, h_list, fast)."""
    if not xs:
        return h, c, [], True   # Chainer's loop body never runs
    wb = cell.prepare(w, b)
    if _fast_ok(xs, h, c, wb, cell.gates, uniform):
        h, c, h_list = _one_directional_loop(cell.step, xs, h, c, wb)
        return h, c, h_list, True
    h, c, h_list = _one_directional_loop(cell.checked, xs, h, c, wb,
                                         cat=_checked_cat)
    return h, c, h_list, False


def _same(ts):
    t0 = ts[0]
    return all(t.dtype == t0.dtype and t.shape == t0.shape for t in ts[1:])


def _stack(ts):
    if not ts or not _same(ts):
        import chainer_compat.functions as F
        return F.stack(ts)._t   # raises Chainer's Stack InvalidType
    return torch.stack(ts)


def _separate(t):
    if t.dim() == 0:
        import chainer_compat.functions as F
        F.separate(t)           # raises Chainer's Separate InvalidType
    return list(t.unbind(0))


def _n_step_rnn_impl(cell, n_layers, dropout_ratio, hx, cx, ws, bs, xs,
                     use_bi_direction):
    """Tensor-level stacked RNN; returns (hy, cy, ys) tensors.

    ``cell`` gives ``gates`` (rows of the combined weights per unit),
    ``prepare(w, b) -> (xw, xb, hw, hb)`` (a layer's weights combined once,
    with Chainer's Stack/Concat checks), ``step(x, h, c, wb)`` (torch ops)
    and ``checked(x, h, c, wb)`` (facade functions, every type check).
    """
    direction = 2 if use_bi_direction else 1
    hx = _separate(hx)
    use_cell = cx is not None
    cx = _separate(cx) if use_cell else [None] * len(hx)
    xs_next = xs
    hy = []
    cy = []
    uniform = False     # xs_next all of one dtype and width (fast layer)
    for layer in range(n_layers):
        if layer == 0:
            xs_l = xs_next
        else:
            xs_l = [_dropout(x, dropout_ratio) for x in xs_next]
        idx = direction * layer
        h, c, h_forward, fast = _direction(
            cell, xs_l, hx[idx], cx[idx], ws[idx], bs[idx], uniform)
        hy.append(h)
        cy.append(c)
        if use_bi_direction:
            idx = direction * layer + 1
            if layer == 0:
                xs_l = xs_next
            else:
                xs_l = [_dropout(x, dropout_ratio) for x in xs_next]
            h, c, h_backward, fast_b = _direction(
                cell, list(reversed(xs_l)), hx[idx], cx[idx], ws[idx],
                bs[idx], uniform)
            fast = fast and fast_b
            h_backward.reverse()
            if fast:
                xs_next = [torch.cat([hf, hb], dim=1)
                           for hf, hb in zip(h_forward, h_backward)]
            else:
                import chainer_compat.functions as F
                xs_next = [F.concat([hf, hb], axis=1)._t
                           for hf, hb in zip(h_forward, h_backward)]
            hy.append(h)
            cy.append(c)
        else:
            xs_next = h_forward
        uniform = fast
    hy = _stack(hy)
    cy = _stack(cy) if use_cell else None
    return hy, cy, xs_next


def _tensors(hx, cx, ws, bs, xs):
    hxt = _f.tensor(hx)
    cxt = None if cx is None else _f.tensor(cx)
    wst = [[_f.tensor(w) for w in wl] for wl in ws]
    bst = [[_f.tensor(b) for b in bl] for bl in bs]
    xst = [_f.tensor(x) for x in xs]
    return hxt, cxt, wst, bst, xst


def _inputs(hx, cx, ws, bs, xs):
    out = [hx]
    if cx is not None:
        out.append(cx)
    for wl in ws:
        out.extend(wl)
    for bl in bs:
        out.extend(bl)
    out.extend(xs)
    return tuple(out)


def _wrap(label, inputs, hy, cy, ys):
    ts = [hy] + ([cy] if cy is not None else []) + list(ys)
    vs = _f.outputs(ts, label, inputs)
    if cy is not None:
        return vs[0], vs[1], vs[2:]
    return vs[0], vs[1:]


def n_step_rnn(
        n_layers, dropout_ratio, hx, ws, bs, xs, activation='tanh', **kwargs):
    """Stacked uni-directional Elman RNN.

    ``ws[l] = [W_x, W_h]``, ``bs[l] = [b_x, b_h]``;
    ``h_t = act(W_x x_t + b_x + W_h h_{t-1} + b_h)``.
    Returns ``(hy, ys)`` with ``ys`` a tuple of ``(B_t, N)`` Variables.
    """
    return _n_step_rnn_base(n_layers, dropout_ratio, hx, ws, bs, xs,
                            activation, use_bi_direction=False, **kwargs)


def n_step_birnn(
        n_layers, dropout_ratio, hx, ws, bs, xs, activation='tanh', **kwargs):
    """Stacked bi-directional Elman RNN (see :func:`n_step_rnn`)."""
    return _n_step_rnn_base(n_layers, dropout_ratio, hx, ws, bs, xs,
                            activation, use_bi_direction=True, **kwargs)


def _n_step_rnn_base(n_layers, dropout_ratio, hx, ws, bs, xs,
                     activation, use_bi_direction, **kwargs):
    _check_kwargs(kwargs)
    activation_list = ['tanh', 'relu']
    if activation not in activation_list:
        candidate = ','.join(activation_list)
        raise ValueError('Invalid activation: "%s". Please select from [%s]'
                         % (activation, candidate))
    _check_input_size(xs, ws)
    _check_structure(ws, bs, n_layers, 2 if use_bi_direction else 1, 2)
    hxt, _, wst, bst, xst = _tensors(hx, None, ws, bs, xs)
    hy, _, ys = _n_step_rnn_impl(_RNNCell(activation), n_layers,
                                 dropout_ratio, hxt, None, wst, bst, xst,
                                 use_bi_direction)
    return _wrap('NStepRNN', _inputs(hx, None, ws, bs, xs), hy, None, ys)


class _RNNCell(object):
    gates = 1

    def __init__(self, activation):
        self.activation = activation
        self.act = torch.tanh if activation == 'tanh' else torch.relu

    def prepare(self, w, b):
        xw, hw = w
        xb, hb = b
        return xw, xb, hw, hb

    def step(self, x, h, c, wb):
        xw, xb, hw, hb = wb
        return self.act(_blas.linear(x, xw, xb) +
                        _blas.linear(h, hw, hb)), None

    def checked(self, x, h, c, wb):
        import chainer_compat.functions as F
        xw, xb, hw, hb = wb
        s = F.linear(x, xw, xb) + F.linear(h, hw, hb)
        act = F.tanh if self.activation == 'tanh' else F.relu
        return act(s)._t, None
