"""F1 golden cases: the special functions that Chainer computes with SciPy
on the CPU (erfinv, erfcinv, erfcx, ndtri, log_ndtr, digamma, lgamma,
polygamma, zeta) and ``F.sparse_matmul`` (SciPy-free in Chainer, but its
COO helpers were only checked against SciPy before).

Generated under real Chainer 7.8.1 with SciPy 1.11 in the reference venv.
"""
import numpy

from tests.golden.cases._f1_util import grads
from tests.golden.registry import case

_ALL = ('float16', 'float32', 'float64')
_T16 = {'float16': dict(atol=3e-2, rtol=3e-2)}

_UNARY = {
    'erfinv': (-0.9, 0.9), 'erfcinv': (0.1, 1.9), 'erfcx': (-1.0, 2.0),
    'ndtri': (0.1, 0.9), 'log_ndtr': (-2.0, 2.0), 'digamma': (0.5, 3.0),
    'lgamma': (0.5, 3.0),
}


def _u(dtype, low, high, shape=(2, 3), seed=0):
    rng = numpy.random.RandomState(seed)
    return rng.uniform(low, high, shape).astype(dtype)


def _make(name, low, high):
    @case('special_' + name, dtypes=_ALL, tol=_T16)
    def body(ch, dtype):
        fn = getattr(ch.functions, name)
        return grads(ch, fn, [_u(dtype, low, high)], dtype)
    return body


for _n, (_lo, _hi) in sorted(_UNARY.items()):
    globals()['case_' + _n] = _make(_n, _lo, _hi)


@case('special_polygamma', dtypes=_ALL, tol=_T16)
def polygamma(ch, dtype):
    n = numpy.array([[0, 1, 2], [3, 1, 0]], dtype=numpy.int32)
    x = _u(dtype, 0.5, 3.0)
    return grads(ch, ch.functions.polygamma, [n, x], dtype, const=(0,))


@case('special_zeta', dtypes=_ALL, tol=_T16)
def zeta(ch, dtype):
    x = numpy.array([[2.0, 3.5, 5.0], [2.5, 4.0, 6.0]], dtype=dtype)
    q = _u(dtype, 0.5, 3.0, seed=2)
    return grads(ch, lambda q: ch.functions.zeta(x, q), [q], dtype)


def _coo_pair(ch, rng, dtype, shape):
    a = rng.randn(*shape).astype(dtype)
    a[numpy.abs(a) < 0.6] = 0
    return a, ch.utils.to_coo(a, requires_grad=True)


@case('sparse_matmul', dtypes=('float32', 'float64'))
def sparse_matmul(ch, dtype):
    F = ch.functions
    rng = numpy.random.RandomState(3)
    out = {}
    for transa in (False, True):
        for transb in (False, True):
            tag = '%d%d' % (transa, transb)
            # sparse x dense, 2-D
            _, sp = _coo_pair(ch, rng, dtype, (4, 3) if transa else (3, 4))
            b = ch.Variable(rng.randn(*((2, 4) if transb else (4, 2)))
                            .astype(dtype))
            y = F.sparse_matmul(sp, b, transa=transa, transb=transb)
            y.grad = rng.randn(*y.shape).astype(dtype)
            y.backward()
            out['sd_y' + tag] = y.array
            out['sd_ga' + tag] = sp.data.grad
            out['sd_gb' + tag] = b.grad
            # dense x sparse, batched 3-D
            a = ch.Variable(rng.randn(*((2, 4, 3) if transa else (2, 3, 4)))
                            .astype(dtype))
            _, sp = _coo_pair(ch, rng, dtype,
                              (2, 5, 4) if transb else (2, 4, 5))
            y = F.sparse_matmul(a, sp, transa=transa, transb=transb)
            y.grad = rng.randn(*y.shape).astype(dtype)
            y.backward()
            out['ds_y' + tag] = y.array
            out['ds_ga' + tag] = a.grad
            out['ds_gb' + tag] = sp.data.grad
    return out
