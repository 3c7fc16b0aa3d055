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


def _linear(x, W, b):
    if W.dtype != x.dtype:
        from chainer_compat.utils import type_check
        type_check._fail('LinearFunction', 'x.dtype == W.dtype',
                         '{} != {}'.format(_f.numpy_dtype(x),
                                           _f.numpy_dtype(W)))
    return _blas.linear(x, W, b)


def _dropout(t, ratio):
    # Chainer applies F.dropout between layers (numpy RNG, config.train)
    import chainer_compat
    import chainer_compat.functions as F
    if not chainer_compat.config.train:
        return t  # F.dropout is the identity (and draws nothing)
    v = _f.output(t, 'Identity', ())
    return F.dropout(v, ratio=ratio)._t


def _one_directional_loop(f, xs, h, c, w, b):
    h_list = []
    for x in xs:
        batch = len(x)
        need_split = len(h) > batch
        if need_split:
            h, h_rest = h[:batch], h[batch:]
            if c is not None:
                c, c_rest = c[:batch], c[batch:]
        h, c = f(x, h, c, w, b)
        h_list.append(h)
        if need_split:
            h = torch.cat([h, h_rest], dim=0)
            if c is not None:
                c = torch.cat([c, c_rest], dim=0)
    return h, c, h_list


def _n_step_rnn_impl(f, n_layers, dropout_ratio, hx, cx, ws, bs, xs,
                     use_bi_direction):
    """Tensor-level stacked RNN; returns (hy, cy, ys) tensors."""
    direction = 2 if use_bi_direction else 1
    hx = list(hx.unbind(0))
    use_cell = cx is not None
    cx = list(cx.unbind(0)) if use_cell else [None] * len(hx)
    xs_next = xs
    hy = []
    cy = []
    for layer in range(n_layers):
        if layer == 0:
            xs_l = xs_next
        else:
            xs_l = [_dropout(x, dropout_ratio) for x in xs_next]
        idx = direction * layer
        h, c, h_forward = _one_directional_loop(
            f, xs_l, hx[idx], cx[idx], ws[idx], bs[idx])
        hy.append(h)
        cy.append(c)
        if use_bi_direction:
            idx = direction * layer + 1
            if layer == 0:
                xs_l = xs_next
            else:
                xs_l = [_dropout(x, dropout_ratio) for x in xs_next]
            h, c, h_backward = _one_directional_loop(
                f, list(reversed(xs_l)), hx[idx], cx[idx], ws[idx], bs[idx])
            h_backward.reverse()
            xs_next = [torch.cat([hf, hb], dim=1)
                       for hf, hb in zip(h_forward, h_backward)]
            hy.append(h)
            cy.append(c)
        else:
            xs_next = h_forward
    hy = torch.stack(hy)
    cy = torch.stack(cy) if use_cell else None
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
                            activation, use_bi_direction=True)


def _n_step_rnn_base(n_layers, dropout_ratio, hx, ws, bs, xs,
                     activation, use_bi_direction, **kwargs):
    _check_kwargs(kwargs)
    activation_list = ['tanh', 'relu']
    if activation not in activation_list:
        candidate = ','.join(activation_list)
        raise ValueError('Invalid activation: "%s". Please select from [%s]'
                         % (activation, candidate))
    _check_input_size(xs, ws)
    hxt, _, wst, bst, xst = _tensors(hx, None, ws, bs, xs)
    act = torch.tanh if activation == 'tanh' else torch.relu

    def f(x, h, c, w, b):
        xw, hw = w
        xb, hb = b
        return act(_linear(x, xw, xb) + _linear(h, hw, hb)), None
    hy, _, ys = _n_step_rnn_impl(f, n_layers, dropout_ratio, hxt, None, wst,
                                 bst, xst, use_bi_direction)
    return _wrap('NStepRNN', _inputs(hx, None, ws, bs, xs), hy, None, ys)
