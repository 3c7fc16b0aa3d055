"""F1 golden cases: chainer.functions.forget."""
import numpy

from tests.golden.registry import case


@case('forget', dtypes=('float32', 'float64'))
def forget(ch, dtype):
    F = ch.functions
    rng = numpy.random.RandomState(0)
    x = ch.Variable(rng.randn(2, 3).astype(dtype))
    W = ch.Variable(rng.randn(4, 3).astype(dtype))

    def f(a, b):
        h = F.tanh(F.matmul(a, b, transb=True))
        return h * 2, F.sum(h)

    y, s = F.forget(f, x, W)
    loss = F.sum(y * y) + s
    loss.backward()
    out = {'y': y.array, 's': s.array, 'gx': x.grad, 'gW': W.grad}
    z = F.forget(lambda a: F.sigmoid(a) * a, rng.randn(3).astype(dtype))
    z.grad = numpy.ones(3, dtype)
    z.backward()
    out['z'] = z.array
    return out
