"""Golden cases for chainer.Sequential (chainer/sequential.py)."""
import numpy

from tests.golden.registry import case


def _named(link, prefix):
    return {prefix + k.replace('/', '_'): p.array.copy()
            for k, p in link.namedparams()}


@case('sequential_forward_backward', seed=0)
def sequential_forward_backward(ch, dtype):
    F = ch.functions
    L = ch.links
    rng = numpy.random.RandomState(0)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        model = ch.Sequential(L.Linear(3, 4), F.relu,
                              lambda h: h * 2, L.Linear(4, 2), F.tanh)
    out = _named(model, 'p')
    x = ch.Variable(rng.randn(5, 3).astype(dtype))
    y = model(x)
    y.grad = rng.randn(*y.shape).astype(dtype)
    model.cleargrads()
    y.backward()
    out['y'] = y.array
    out['gx'] = x.grad
    out.update({'g' + k.replace('/', '_'): p.grad
                for k, p in model.namedparams()})
    return out


@case('sequential_list_api', dtypes=(None,), seed=1)
def sequential_list_api(ch):
    F = ch.functions
    L = ch.links
    rng = numpy.random.RandomState(1)
    a = ch.Sequential(L.Linear(3, 3), F.relu)
    b = ch.Sequential(L.Linear(3, 3), F.sigmoid)
    c = a + b                                   # links shared
    c.insert(1, L.Linear(3, 3))                 # new draws
    c.append(L.Linear(3, 3))
    del c[2]                                    # removes F.relu
    c.pop(0)
    out = _named(c, 'c')
    d = c.repeat(2, mode='init')                # re-initialised copies
    out.update(_named(d, 'd'))
    e = ch.Sequential(a, ch.Sequential(F.relu, b)).flatten()
    out.update(_named(e, 'e'))
    x = rng.randn(2, 3).astype(numpy.float32)
    out['yc'] = c(x).array
    out['yd'] = d(x).array
    out['ye'] = e(x).array
    out['len'] = numpy.array([len(c), len(d), len(e)])
    return out


@case('sequential_multi_io', dtypes=(None,), seed=2)
def sequential_multi_io(ch):
    F = ch.functions
    L = ch.links
    rng = numpy.random.RandomState(2)
    model = ch.Sequential(
        lambda x, y: (x + y, x * y), lambda a, b: F.concat((a, b)),
        L.Linear(6, 2))
    x = rng.randn(2, 3).astype(numpy.float32)
    y = rng.randn(2, 3).astype(numpy.float32)
    return {'y': model(x, y).array, 'W': model[2].W.array}


@case('sequential_npz_keys', dtypes=(None,), seed=3)
def sequential_npz_keys(ch):
    # save_npz keys follow the children order ('0', '1', ...), which
    # Chainer's insert rule makes [l1, l3, l2] here.
    import os
    import tempfile
    F = ch.functions
    L = ch.links
    model = ch.Sequential(L.Linear(2, 3), F.relu, L.Linear(3, 4),
                          L.Linear(4, 2))
    fd, path = tempfile.mkstemp(suffix='.npz')
    os.close(fd)
    try:
        ch.serializers.save_npz(path, model)
        with numpy.load(path) as f:
            out = {'k_' + k.replace('/', '_'): f[k] for k in f.files}
        fresh = ch.Sequential(L.Linear(2, 3), F.relu, L.Linear(3, 4),
                              L.Linear(4, 2))
        ch.serializers.load_npz(path, fresh)
    finally:
        os.remove(path)
    x = numpy.random.RandomState(3).randn(2, 2).astype(numpy.float32)
    with ch.using_config('train', False):
        out['y'] = model(x).array
        out['y_loaded'] = fresh(x).array
    return out
