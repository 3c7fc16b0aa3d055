"""Shared body for the F2 golden cases (array / pooling / normalization).

``fb(ch, fn, xs, seed)`` runs ``fn`` on Variables made from ``xs``,
records every output, the gradient of every float input for random
upstream gradients (``ch.grad``), and, with ``double=True``, the second
order gradients (w.r.t. the inputs and the upstream gradients) for random
``ggx``.  Inputs with a non-float dtype are passed as plain arrays.
"""
import numpy


def _arr(v):
    if v is None:
        return None
    return v.array if hasattr(v, 'array') else v


def fb(ch, fn, xs, seed=1, double=False, grad=True):
    rng = numpy.random.RandomState(seed)
    args = []
    fvs = []
    for x in xs:
        if isinstance(x, numpy.ndarray) and x.dtype.kind == 'f':
            v = ch.Variable(x)
            fvs.append(v)
            args.append(v)
        else:
            args.append(x)
    y = fn(*args)
    ys = tuple(y) if isinstance(y, (tuple, list)) else (y,)
    out = {}
    for i, yi in enumerate(ys):
        out['y%d' % i] = yi.array
    if not grad:
        return out
    fys = [yi for yi in ys if yi.dtype.kind == 'f']
    gys = [ch.Variable(rng.randn(*yi.shape).astype(yi.dtype)) for yi in fys]
    gxs = ch.grad(fys, fvs, grad_outputs=gys,
                  enable_double_backprop=double)
    for i, g in enumerate(gxs):
        out['gx%d' % i] = _arr(g)
    if double:
        pairs = [(g, v) for g, v in zip(gxs, fvs) if g is not None]
        ggs = [ch.Variable(rng.randn(*v.shape).astype(v.dtype))
               for _, v in pairs]
        gg = ch.grad([g for g, _ in pairs], fvs + gys, grad_outputs=ggs)
        for i, g in enumerate(gg):
            out['gg%d' % i] = _arr(g)
    return out


def r(shape, dtype, seed=0, lo=-1, hi=1):
    rng = numpy.random.RandomState(seed)
    return rng.uniform(lo, hi, shape).astype(dtype)
