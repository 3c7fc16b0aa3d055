"""Shared helpers for the links_* / link_hooks golden cases (numpy only).

Skipped by the registry loader (leading underscore).  NOTE: a change here
does not change the cases' source hashes -- regenerate links_* goldens.
"""
import numpy


def key(name):
    return name.strip('/').replace('/', '_')


def params(link, prefix):
    out = {}
    for name, p in sorted(link.namedparams()):
        if p.array is not None:
            out[prefix + key(name)] = numpy.array(p.array)
    return out


def grads(link, prefix='g_'):
    out = {}
    for name, p in sorted(link.namedparams()):
        if p.grad is not None:
            out[prefix + key(name)] = numpy.array(p.grad)
    return out


def persistents(link, prefix='pers_'):
    out = {}
    for lname, l in sorted(link.namedlinks()):
        for n in sorted(l._persistent):
            v = getattr(l, n)
            if v is None:
                continue
            out[prefix + key(lname + '/' + n)] = numpy.array(v)
    return out


def forward_backward(ch, link, inputs, rng, call=None, grad_inputs=True):
    """Run link on Variables built from ``inputs`` (float arrays become
    Variables); returns dict with init params, y, input grads, param grads."""
    out = params(link, 'init_')
    # Chainer's initial Parameter grads are NaN: clear before backward.
    link.cleargrads()
    xs = []
    for x in inputs:
        if isinstance(x, numpy.ndarray) and x.dtype.kind == 'f':
            xs.append(ch.Variable(x))
        else:
            xs.append(x)
    y = call(link, *xs) if call is not None else link(*xs)
    out['y'] = numpy.array(y.array)
    y.grad = numpy.asarray(rng.randn(*y.shape)).astype(y.dtype)
    y.backward()
    if grad_inputs:
        for i, x in enumerate(xs):
            if isinstance(x, ch.Variable) and x.grad is not None:
                out['gx%d' % i] = numpy.array(x.grad)
    out.update(grads(link))
    return out
