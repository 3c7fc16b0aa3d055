"""Golden cases: loss links."""
import numpy

from tests.golden.cases import _l1_common as C
from tests.golden.registry import case


def _loss(ch, link, inputs, rng, call=None):
    return C.forward_backward(ch, link, inputs, rng, call=call)


@case('hsm', dtypes=('float32', 'float64'))
def hsm(ch, dtype):
    rng = numpy.random.RandomState(1)
    L = ch.links
    tree = L.BinaryHierarchicalSoftmax.create_huffman_tree(
        {0: 8, 1: 5, 2: 2, 3: 1, 4: 4})
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.BinaryHierarchicalSoftmax(3, tree, dtype=dtype)
    x = rng.randn(4, 3).astype(dtype)
    t = numpy.array([0, 3, 4, 1], dtype=numpy.int32)
    out = _loss(ch, link, [x, t], rng)
    out['n_nodes'] = numpy.array(link.W.shape)
    return out


@case('hsm_manual_tree', dtypes=('float32', 'float64'))
def hsm_manual_tree(ch, dtype):
    rng = numpy.random.RandomState(1)
    tree = ((0, 1), ((2, 3), 4))
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.BinaryHierarchicalSoftmax(2, tree, dtype=dtype)
    x = rng.randn(5, 2).astype(dtype)
    t = numpy.array([4, 3, 2, 1, 0], dtype=numpy.int32)
    return _loss(ch, link, [x, t], rng)


@case('huffman_tree', dtypes=(None,))
def huffman_tree(ch):
    f = ch.links.BinaryHierarchicalSoftmax.create_huffman_tree
    t1 = f({'a': 3, 'b': 3, 'c': 1, 'd': 7, 'e': 2})
    t2 = f({0: 1})
    t3 = f({5: 2, 3: 2, 1: 2, 0: 2})
    return {'t1': numpy.array(repr(t1)), 't2': numpy.array(repr(t2)),
            't3': numpy.array(repr(t3))}


@case('negative_sampling', dtypes=('float32', 'float64'))
def negative_sampling(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.NegativeSampling(3, [3, 1, 4, 2, 5], 2, dtype=dtype)
    link.W.array[...] = rng.randn(5, 3)
    x = rng.randn(4, 3).astype(dtype)
    t = numpy.array([0, 2, 1, 4], dtype=numpy.int32)
    return _loss(ch, link, [x, t], rng)


@case('negative_sampling_no_reduce', dtypes=('float32', 'float64'))
def negative_sampling_no_reduce(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.NegativeSampling(
            2, [1, 2, 3], 3, power=0.5, dtype=dtype)
    link.W.array[...] = rng.randn(3, 2)
    x = rng.randn(3, 2).astype(dtype)
    t = numpy.array([0, 2, 1], dtype=numpy.int32)
    out = {}
    y, samples = link(x, t, reduce='no', return_samples=True)
    out['y'] = y.array
    out['samples'] = samples
    return out


@case('black_out', dtypes=('float32', 'float64'))
def black_out(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.BlackOut(3, [2, 3, 1, 4], 2)
    link.W.array[...] = rng.randn(4, 3)
    x = rng.randn(3, 3).astype(dtype)
    t = numpy.array([0, 3, 1], dtype=numpy.int32)
    return _loss(ch, link, [x, t], rng)


@case('crf1d', dtypes=('float32', 'float64'))
def crf1d(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.CRF1d(3, initial_cost=ch.initializers.Normal(1.))
    xs = [rng.randn(3, 3).astype(dtype) for _ in range(4)]
    xs = [x[:n] for x, n in zip(xs, [3, 3, 2, 1])]
    ys = [numpy.array([0, 2, 1][:n], dtype=numpy.int32)
          for n in [3, 3, 2, 1]]
    xvs = [ch.Variable(x) for x in xs]
    link.cleargrads()
    loss = link(xvs, ys)
    loss.backward()
    out = {'loss': loss.array, 'g_cost': link.cost.grad,
           'init_cost': link.cost.array}
    for i, v in enumerate(xvs):
        out['gx%d' % i] = v.grad
    score, path = link.argmax(xs)
    out['score'] = score.array
    for i, p in enumerate(path):
        out['path%d' % i] = numpy.asarray(p)
    return out


@case('crf1d_transpose', dtypes=('float32', 'float64'))
def crf1d_transpose(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.CRF1d(2, initial_cost=ch.initializers.Normal(1.))
    lens = [2, 4, 3]
    xs = [ch.Variable(rng.randn(n, 2).astype(dtype)) for n in lens]
    ys = [rng.randint(0, 2, size=n).astype(numpy.int32) for n in lens]
    link.cleargrads()
    loss = link(xs, ys, reduce='mean', transpose=True)
    loss.backward()
    out = {'loss': loss.array, 'g_cost': link.cost.grad}
    for i, v in enumerate(xs):
        out['gx%d' % i] = v.grad
    score, path = link.argmax([x.array for x in xs], transpose=True)
    out['score'] = score.array
    for i, p in enumerate(path):
        out['path%d' % i] = numpy.asarray(p)
    return out
