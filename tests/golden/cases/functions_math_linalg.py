"""F1 golden cases: matrix functions in chainer.functions.math."""
import numpy

from tests.golden.cases._f1_util import grads
from tests.golden.registry import case

_ALL = ('float16', 'float32', 'float64')
_T16 = {'float16': dict(atol=5e-2, rtol=5e-2)}


def _u(dtype, shape, seed=0, low=-1, high=1):
    rng = numpy.random.RandomState(seed)
    return rng.uniform(low, high, shape).astype(dtype)


@case('matmul', dtypes=_ALL, tol=_T16)
def matmul(ch, dtype):
    F = ch.functions
    out = {}
    specs = {'2d': ((2, 3), (3, 4), {}), 'ta': ((3, 2), (3, 4),
                                              dict(transa=True)),
             'tb': ((2, 3), (4, 3), dict(transb=True)),
             'bat': ((2, 2, 3), (3, 2), {}), 'vec': ((3,), (3, 2), {}),
             'mv': ((2, 3), (3,), {}), 'vv': ((3,), (3,), {}),
             'bc': ((2, 1, 2, 3), (3, 3, 2), {})}
    for n, (sa, sb, kw) in specs.items():
        out.update({n + k: v for k, v in grads(
            ch, lambda a, b: F.matmul(a, b, **kw),
            [_u(dtype, sa), _u(dtype, sb, seed=1)], dtype).items()})
    return out


@case('matmul_operator', dtypes=('float32', 'float64'))
def matmul_operator(ch, dtype):
    a = _u(dtype, (2, 3))
    b = _u(dtype, (3, 2), seed=1)
    out = grads(ch, lambda x, y: x @ y, [a, b], dtype)
    out['rhs_array'] = (ch.Variable(a) @ b).array
    return out


@case('batch_matmul', dtypes=('float32',))
def batch_matmul(ch, dtype):
    F = ch.functions
    out = grads(ch, F.batch_matmul, [_u(dtype, (2, 2, 3)),
                                     _u(dtype, (2, 3, 2), seed=1)], dtype)
    out.update({'v' + k: v for k, v in grads(
        ch, lambda a, b: F.batch_matmul(a, b, transa=True),
        [_u(dtype, (2, 3)), _u(dtype, (2, 3), seed=1)], dtype).items()})
    return out


@case('tensordot', dtypes=_ALL, tol=_T16)
def tensordot(ch, dtype):
    F = ch.functions
    a = _u(dtype, (2, 3, 4))
    b = _u(dtype, (3, 4, 2), seed=1)
    out = grads(ch, F.tensordot, [a, b], dtype)
    out.update({'ax' + k: v for k, v in grads(
        ch, lambda x, y: F.tensordot(x, y, axes=([1], [0])), [a, b],
        dtype).items()})
    out.update({'ax1' + k: v for k, v in grads(
        ch, lambda x, y: F.tensordot(x, y, axes=1),
        [a, _u(dtype, (4, 2), seed=2)], dtype).items()})
    return out


@case('einsum', dtypes=_ALL, tol=_T16)
def einsum(ch, dtype):
    F = ch.functions
    a = _u(dtype, (2, 3))
    b = _u(dtype, (3, 4), seed=1)
    c = _u(dtype, (2, 2, 3), seed=2)
    out = grads(ch, lambda x, y: F.einsum('ij,jk->ik', x, y), [a, b], dtype)
    out.update({'tr' + k: v for k, v in grads(
        ch, lambda x: F.einsum('ii->', x), [_u(dtype, (3, 3))],
        dtype).items()})
    out.update({'el' + k: v for k, v in grads(
        ch, lambda x, y: F.einsum('...j,jk', x, y), [c, b], dtype).items()})
    out.update({'imp' + k: v for k, v in grads(
        ch, lambda x: F.einsum('ij', x), [a], dtype, double=False).items()})
    return out


@case('det_inv', dtypes=_ALL, tol=_T16)
def det_inv(ch, dtype):
    F = ch.functions
    rng = numpy.random.RandomState(0)
    m = (rng.uniform(-1, 1, (3, 3)) + 2 * numpy.eye(3)).astype(dtype)
    bm = (rng.uniform(-1, 1, (2, 3, 3)) + 2 * numpy.eye(3)).astype(dtype)
    out = {'d' + k: v for k, v in grads(ch, F.det, [m], dtype).items()}
    out.update({'bd' + k: v for k, v in grads(
        ch, F.batch_det, [bm], dtype).items()})
    out.update({'i' + k: v for k, v in grads(ch, F.inv, [m], dtype).items()})
    out.update({'bi' + k: v for k, v in grads(
        ch, F.batch_inv, [bm], dtype).items()})
    return out


@case('cholesky', dtypes=('float32', 'float64'))
def cholesky(ch, dtype):
    rng = numpy.random.RandomState(0)
    a = rng.uniform(-1, 1, (3, 3))
    spd = (a.dot(a.T) + 3 * numpy.eye(3)).astype(dtype)
    return grads(ch, ch.functions.cholesky, [spd], dtype, double=False)


@case('fft', dtypes=('float32', 'float64'))
def fft(ch, dtype):
    F = ch.functions
    r = _u(dtype, (2, 4))
    i = _u(dtype, (2, 4), seed=1)
    out = {'f' + k: v for k, v in grads(
        ch, lambda a, b: F.fft((a, b)), [r, i], dtype).items()}
    out.update({'i' + k: v for k, v in grads(
        ch, lambda a, b: F.ifft((a, b)), [r, i], dtype).items()})
    return out


@case('identity', dtypes=('float32',))
def identity(ch, dtype):
    F = ch.functions
    a = _u(dtype, (2, 3))
    out = grads(ch, lambda x: F.identity(x) * 2, [a], dtype)
    y0, y1 = F.identity(a, a * 2)
    out['y_1'] = y1.array
    return out
