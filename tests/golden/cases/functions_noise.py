"""F1 golden cases: chainer.functions noise family (numpy RNG draws)."""
import numpy

from tests.golden.cases._f1_util import grads
from tests.golden.registry import case

_ALL = ('float16', 'float32', 'float64')
_T16 = {'float16': dict(atol=2e-2, rtol=2e-2)}


def _x(dtype, shape=(3, 4), seed=0):
    return numpy.random.RandomState(seed).randn(*shape).astype(dtype)


@case('dropout', dtypes=_ALL, tol=_T16, seed=3)
def dropout(ch, dtype):
    F = ch.functions
    out = grads(ch, F.dropout, [_x(dtype)], dtype)
    y, mask = F.dropout(_x(dtype), ratio=0.3, return_mask=True)
    out['y_m'] = y.array
    out['mask'] = mask
    out['given'] = F.dropout(_x(dtype, seed=1), mask=mask).array
    with ch.using_config('train', False):
        y, m = F.dropout(_x(dtype), return_mask=True)
        out['test'] = y.array
        out['test_m_none'] = numpy.asarray(m is None)
    return out


@case('gaussian', dtypes=_ALL, tol=_T16, seed=4)
def gaussian(ch, dtype):
    F = ch.functions
    out = grads(ch, F.gaussian, [_x(dtype), _x(dtype, seed=1) * 0.5], dtype)
    y, eps = F.gaussian(_x(dtype), _x(dtype, seed=2), return_eps=True)
    out['y_e'] = y.array
    out['eps'] = eps
    return out


@case('gumbel_softmax', dtypes=_ALL, tol=_T16, seed=5)
def gumbel_softmax(ch, dtype):
    F = ch.functions
    x = numpy.log(numpy.random.RandomState(0).uniform(
        0.1, 1, (3, 4))).astype(dtype)
    out = grads(ch, lambda v: F.gumbel_softmax(v, tau=1.0), [x], dtype)
    out['default'] = F.gumbel_softmax(x).array
    out['ax0'] = F.gumbel_softmax(x, tau=0.5, axis=0).array
    return out


@case('simplified_dropconnect', dtypes=('float32', 'float64'), seed=6)
def simplified_dropconnect(ch, dtype):
    F = ch.functions
    x = _x(dtype, (2, 3))
    W = _x(dtype, (4, 3), seed=1)
    b = _x(dtype, (4,), seed=2)
    out = grads(ch, F.simplified_dropconnect, [x, W, b], dtype)
    out['nobatch'] = F.simplified_dropconnect(
        x, W, ratio=0.3, use_batchwise_mask=False).array
    out['test'] = F.simplified_dropconnect(x, W, b, train=False).array
    mask = numpy.random.RandomState(9).rand(2, 4, 3) >= 0.5
    out['mask'] = F.simplified_dropconnect(x, W, mask=mask).array
    x4 = _x(dtype, (2, 1, 3))
    out['nd'] = F.simplified_dropconnect(x4, W).array
    return out


@case('zoneout', dtypes=_ALL, seed=7)
def zoneout(ch, dtype):
    F = ch.functions
    out = grads(ch, F.zoneout, [_x(dtype), _x(dtype, seed=1)], dtype)
    out['r'] = F.zoneout(_x(dtype), _x(dtype, seed=1), ratio=0.2).array
    with ch.using_config('train', False):
        out['test'] = F.zoneout(_x(dtype), ch.Variable(_x(dtype, seed=1))
                                ).array
    return out


@case('rrelu_draw', dtypes=('float32',), seed=8)
def rrelu_draw(ch, dtype):
    x = _x(dtype)
    y, r = ch.functions.rrelu(x, return_r=True)
    return {'y': y.array, 'r': r, 'next': numpy.random.rand(3)}
