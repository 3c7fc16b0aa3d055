"""F1 golden cases: reductions and scans in chainer.functions.math."""
import numpy

from tests.golden.cases._f1_util import grads
from tests.golden.registry import case

_ALL = ('float16', 'float32', 'float64')
_T16 = {'float16': dict(atol=3e-2, rtol=3e-2)}


def _u(dtype, shape=(2, 3, 4), seed=0, low=-1, high=1):
    rng = numpy.random.RandomState(seed)
    return rng.uniform(low, high, shape).astype(dtype)


@case('sum', dtypes=_ALL, tol=_T16)
def sum_(ch, dtype):
    F = ch.functions
    x = _u(dtype)
    out = grads(ch, F.sum, [x], dtype)
    for n, kw in {'a1': dict(axis=1), 'am1k': dict(axis=-1, keepdims=True),
                  'a02': dict(axis=(0, 2)), 'k': dict(keepdims=True)}.items():
        out.update({n + k: v for k, v in grads(
            ch, lambda v: F.sum(v, **kw), [x], dtype, double=False).items()})
    out['to'] = F.sum_to(x, (3, 1)).array
    out.update({'to_' + k: v for k, v in grads(
        ch, lambda v: F.sum_to(v, (1, 4)), [x], dtype).items()})
    return out


@case('mean_average', dtypes=_ALL, tol=_T16)
def mean_average(ch, dtype):
    F = ch.functions
    x = _u(dtype)
    w = _u(dtype, (3,), seed=1, low=0.5, high=1.5)
    wf = _u(dtype, (2, 3, 4), seed=2, low=0.5, high=1.5)
    out = grads(ch, F.mean, [x], dtype)
    out.update({'a1' + k: v for k, v in grads(
        ch, lambda v: F.average(v, axis=(1, 2), keepdims=True), [x],
        dtype).items()})
    out.update({'w' + k: v for k, v in grads(
        ch, lambda v, ww: F.average(v, axis=1, weights=ww), [x, w],
        dtype).items()})
    out.update({'wf' + k: v for k, v in grads(
        ch, lambda v, ww: F.average(v, weights=ww), [x, wf], dtype,
        double=False).items()})
    return out


@case('max_min', dtypes=_ALL, tol=_T16)
def max_min(ch, dtype):
    F = ch.functions
    x = _u(dtype)
    x[0, 1, 2] = x[0, 1, 3] = 5  # ties: every maximum gets the gradient
    out = {}
    for n, f in {'max': F.max, 'min': F.min}.items():
        for m, kw in {'': {}, 'a2': dict(axis=2),
                      'a01k': dict(axis=(0, 1), keepdims=True)}.items():
            out.update({n + m + k: v for k, v in grads(
                ch, lambda v: f(v, **kw), [x if n == 'max' else -x],
                dtype).items()})
    out['argmax'] = F.argmax(x).array
    out['argmax1'] = F.argmax(x, axis=1).array
    out['argmin2'] = F.argmin(x, axis=-1).array
    return out


@case('prod', dtypes=_ALL, tol=_T16)
def prod(ch, dtype):
    F = ch.functions
    x = _u(dtype, low=0.5, high=1.5)
    out = grads(ch, F.prod, [x], dtype)
    x2 = x.copy()
    x2[0, 0, 0] = 0
    out.update({'a2' + k: v for k, v in grads(
        ch, lambda v: F.prod(v, axis=2, keepdims=True), [x2],
        dtype).items()})
    return out


@case('logsumexp', dtypes=_ALL, tol=_T16)
def logsumexp(ch, dtype):
    F = ch.functions
    x = _u(dtype)
    out = grads(ch, F.logsumexp, [x], dtype)
    out.update({'a' + k: v for k, v in grads(
        ch, lambda v: F.logsumexp(v, axis=(0, 2)), [x], dtype).items()})
    return out


@case('cumsum_cumprod', dtypes=_ALL, tol=_T16)
def cumsum_cumprod(ch, dtype):
    F = ch.functions
    x = _u(dtype, (2, 3), low=0.5, high=1.5)
    out = {'s' + k: v for k, v in grads(ch, F.cumsum, [x], dtype).items()}
    out.update({'s1' + k: v for k, v in grads(
        ch, lambda v: F.cumsum(v, axis=1), [x], dtype).items()})
    out.update({'p' + k: v for k, v in grads(
        ch, F.cumprod, [x], dtype).items()})
    out.update({'p0' + k: v for k, v in grads(
        ch, lambda v: F.cumprod(v, axis=0), [x], dtype).items()})
    return out


@case('batch_l2_norm_squared', dtypes=_ALL, tol=_T16)
def batch_l2_norm_squared(ch, dtype):
    return grads(ch, ch.functions.batch_l2_norm_squared, [_u(dtype)], dtype)
