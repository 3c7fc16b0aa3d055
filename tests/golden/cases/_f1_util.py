"""Shared helper of the F1 golden cases (functions: activation, math,
evaluation, noise, util).  Imports only numpy (runs under real Chainer and
under chainer_compat)."""
import numpy


def grads(ch, fn, arrays, dtype, double=True, seed=1, gy_scale=1.0,
          const=()):
    """Forward ``fn(*xs)``, first grads for every float input, and (when
    ``double``) second grads w.r.t. the inputs and ``gy``.

    ``const``: indices of inputs passed as plain arrays (not Variables).
    Returns ``{'y': ..., 'gx0': ..., 'ggx0': ..., 'ggy': ...}``.
    """
    rng = numpy.random.RandomState(seed)
    xs = [a if i in const else ch.Variable(a) for i, a in enumerate(arrays)]
    y = fn(*xs)
    ys = y if isinstance(y, tuple) else (y,)
    out = {}
    for k, v in enumerate(ys):
        out['y%d' % k] = v.array
    diff = [x for i, x in enumerate(xs)
            if i not in const and x.dtype.kind == 'f']
    fys = [v for v in ys if v.dtype.kind == 'f']
    if not diff or not fys:
        return out
    gys = [ch.Variable(numpy.asarray(rng.randn(*v.shape) * gy_scale).astype(
        v.dtype))
           for v in fys]
    gxs = ch.grad(fys, diff, gys, enable_double_backprop=double)
    for k, g in enumerate(gxs):
        out['gx%d' % k] = None if g is None else g.array
    if double:
        pairs = [(g, x) for g, x in zip(gxs, diff) if g is not None]
        if pairs:
            ggs = [ch.Variable(numpy.asarray(
                rng.randn(*g.shape)).astype(g.dtype)) for g, _ in pairs]
            wrt = diff + gys
            gg = ch.grad([g for g, _ in pairs], wrt, ggs)
            for k, g in enumerate(gg):
                out['gg%d' % k] = None if g is None else g.array
    return out


def randn(rng, shape, dtype, low=None, high=None):
    if low is not None:
        return rng.uniform(low, high, shape).astype(dtype)
    return rng.randn(*shape).astype(dtype)
