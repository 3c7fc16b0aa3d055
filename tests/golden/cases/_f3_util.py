"""Shared helper of the F3 golden cases (connection / loss / rnn /
distributions).  Imports only numpy (runs under real Chainer and under
chainer_compat)."""
import numpy


def grads(ch, fn, arrays, double=False, seed=1, const=(), ys_float=None):
    """Forward ``fn(*xs)``; first grads for every float Variable input;
    with ``double`` second grads w.r.t. the inputs and the upstream grads.

    ``const``: indices of inputs passed as plain arrays (not Variables).
    """
    rng = numpy.random.RandomState(seed)
    xs = [a if (i in const or a is None) else ch.Variable(a)
          for i, a in enumerate(arrays)]
    y = fn(*xs)
    ys = list(y) if isinstance(y, (tuple, list)) else [y]
    out = {}
    for k, v in enumerate(ys):
        out['y%d' % k] = v.array
    diff = [x for i, x in enumerate(xs)
            if i not in const and x is not None and x.dtype.kind == 'f']
    fys = [v for v in ys if v.dtype.kind == 'f']
    if ys_float is not None:
        fys = [fys[i] for i in ys_float]
    if not diff or not fys:
        return out
    gys = [ch.Variable(numpy.asarray(rng.randn(*v.shape)).astype(v.dtype))
           for v in fys]
    gxs = ch.grad(fys, diff, gys, enable_double_backprop=double)
    for k, g in enumerate(gxs):
        out['gx%d' % k] = None if g is None else g.array
    if double:
        pairs = [(g, x) for g, x in zip(gxs, diff) if g is not None]
        ggs = [ch.Variable(numpy.asarray(rng.randn(*g.shape)).astype(g.dtype))
               for g, _ in pairs]
        wrt = diff + gys
        gg = ch.grad([g for g, _ in pairs], wrt, ggs)
        for k, g in enumerate(gg):
            out['gg%d' % k] = None if g is None else g.array
    return out


def rand(rng, shape, dtype, low=-1, high=1):
    return rng.uniform(low, high, shape).astype(dtype)
