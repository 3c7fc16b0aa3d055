"""Golden cases: chainer.functions.rnn (F3)."""
import numpy

from tests.golden.cases._f3_util import grads, rand
from tests.golden.registry import case

F64 = ('float32', 'float64')


def _sub(out, prefix, more):
    out.update({prefix + k: v for k, v in more.items()})


@case('lstm', dtypes=F64)
def lstm(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(0)
    c, x = rand(r, (3, 2), dtype), rand(r, (3, 8), dtype, -2, 2)
    out = grads(ch, F.lstm, [c, x], double=True)
    x2 = rand(r, (2, 8), dtype, -2, 2)
    _sub(out, 'shrink_', grads(ch, F.lstm, [c, x2]))
    c3, x3 = rand(r, (2, 2, 3), dtype), rand(r, (2, 8, 3), dtype)
    _sub(out, 'nd_', grads(ch, F.lstm, [c3, x3]))
    return out


@case('slstm_tree_lstm', dtypes=F64)
def slstm_tree_lstm(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(1)
    c1, c2 = rand(r, (3, 2), dtype), rand(r, (3, 2), dtype)
    x1, x2 = rand(r, (3, 8), dtype), rand(r, (3, 8), dtype)
    out = grads(ch, F.slstm, [c1, c2, x1, x2])
    x = rand(r, (3, 10), dtype)
    _sub(out, 'tree_', grads(ch, F.tree_lstm, [c1, c2, x]))
    x1t = rand(r, (3, 8), dtype)
    _sub(out, 'tree1_', grads(ch, F.tree_lstm, [c1, x1t]))
    return out


def _params(r, dtype, n_layers, n_dir, in_size, out_size, n_w):
    ws, bs = [], []
    for layer in range(n_layers):
        for d in range(n_dir):
            isz = in_size if layer == 0 else out_size * n_dir
            w = []
            for i in range(n_w):
                w.append(rand(r, (out_size, isz if i < n_w // 2
                                  else out_size), dtype))
            ws.append(w)
            bs.append([rand(r, (out_size,), dtype) for _ in range(n_w)])
    return ws, bs


def _run_nstep(ch, fn, dtype, seed, n_dir, n_w, cell):
    r = numpy.random.RandomState(seed)
    n_layers, in_size, out_size = 2, 3, 2
    xs = [rand(r, (b, in_size), dtype) for b in (3, 3, 2, 1)]
    hx = rand(r, (n_layers * n_dir, 3, out_size), dtype)
    cx = rand(r, (n_layers * n_dir, 3, out_size), dtype)
    ws, bs = _params(r, dtype, n_layers, n_dir, in_size, out_size, n_w)
    flat_w = [w for wl in ws for w in wl]
    flat_b = [b for bl in bs for b in bl]
    nw = len(flat_w)
    nb = len(flat_b)

    def f(*args):
        i = 0
        h = args[i]
        i += 1
        c = None
        if cell:
            c = args[i]
            i += 1
        fw = list(args[i:i + nw])
        i += nw
        fb = list(args[i:i + nb])
        i += nb
        x = list(args[i:])
        wsl = [fw[k * n_w:(k + 1) * n_w] for k in range(len(ws))]
        bsl = [fb[k * n_w:(k + 1) * n_w] for k in range(len(bs))]
        with ch.using_config('train', False):
            if cell:
                hy, cy, ys = fn(n_layers, 0.0, h, c, wsl, bsl, x)
                return (hy, cy) + tuple(ys)
            hy, ys = fn(n_layers, 0.0, h, wsl, bsl, x)
            return (hy,) + tuple(ys)
    arrays = [hx] + ([cx] if cell else []) + flat_w + flat_b + xs
    return grads(ch, f, arrays)


@case('n_step_lstm', dtypes=F64)
def n_step_lstm(ch, dtype):
    out = _run_nstep(ch, ch.functions.n_step_lstm, dtype, 2, 1, 8, True)
    _sub(out, 'bi_', _run_nstep(ch, ch.functions.n_step_bilstm, dtype, 3,
                                2, 8, True))
    return out


@case('n_step_gru', dtypes=F64)
def n_step_gru(ch, dtype):
    out = _run_nstep(ch, ch.functions.n_step_gru, dtype, 4, 1, 6, False)
    _sub(out, 'bi_', _run_nstep(ch, ch.functions.n_step_bigru, dtype, 5,
                                2, 6, False))
    return out


@case('n_step_rnn', dtypes=F64)
def n_step_rnn(ch, dtype):
    F = ch.functions
    out = _run_nstep(ch, F.n_step_rnn, dtype, 6, 1, 2, False)
    _sub(out, 'bi_', _run_nstep(ch, F.n_step_birnn, dtype, 7, 2, 2, False))

    def relu_rnn(*a):
        return F.n_step_rnn(*a, activation='relu')
    _sub(out, 'relu_', _run_nstep(ch, relu_rnn, dtype, 8, 1, 2, False))
    return out


@case('lstm_float16', dtypes=('float16',))
def lstm_float16(ch, dtype):
    r = numpy.random.RandomState(16)
    c, x = rand(r, (3, 2), dtype), rand(r, (3, 8), dtype, -2, 2)
    return grads(ch, ch.functions.lstm, [c, x])
