"""F1 golden cases: chainer.functions activation family."""
import numpy

from tests.golden.cases._f1_util import grads
from tests.golden.registry import case

_ALL = ('float16', 'float32', 'float64')
_T16 = {'float16': dict(atol=2e-2, rtol=2e-2)}


def _x(dtype, shape=(3, 4), seed=0, away=0.1):
    rng = numpy.random.RandomState(seed)
    x = rng.uniform(-2, 2, shape)
    x[numpy.abs(x) < away] = 0.5  # keep away from kinks
    return x.astype(dtype)


@case('clipped_relu', dtypes=_ALL, tol=_T16)
def clipped_relu(ch, dtype):
    x = _x(dtype) * 2
    out = grads(ch, lambda v: ch.functions.clipped_relu(v, 1.5), [x], dtype)
    out['relu6'] = ch.functions.relu6(x * 4).array
    return out


@case('crelu', dtypes=_ALL, tol=_T16)
def crelu(ch, dtype):
    out = grads(ch, ch.functions.crelu, [_x(dtype)], dtype)
    out['ax0'] = ch.functions.crelu(_x(dtype), axis=0).array
    return out


@case('elu', dtypes=_ALL, tol=_T16)
def elu(ch, dtype):
    out = grads(ch, ch.functions.elu, [_x(dtype)], dtype)
    out.update({'a_' + k: v for k, v in grads(
        ch, lambda v: ch.functions.elu(v, alpha=0.5), [_x(dtype, seed=1)],
        dtype).items()})
    return out


@case('hard_sigmoid', dtypes=_ALL, tol=_T16)
def hard_sigmoid(ch, dtype):
    return grads(ch, ch.functions.hard_sigmoid, [_x(dtype) * 2], dtype)


@case('leaky_relu', dtypes=_ALL, tol=_T16)
def leaky_relu(ch, dtype):
    out = grads(ch, ch.functions.leaky_relu, [_x(dtype)], dtype)
    out['s05'] = ch.functions.leaky_relu(_x(dtype), slope=0.5).array
    return out


@case('log_softmax', dtypes=_ALL, tol=_T16)
def log_softmax(ch, dtype):
    out = grads(ch, ch.functions.log_softmax, [_x(dtype, (2, 3, 2))], dtype)
    out['ax2'] = ch.functions.log_softmax(_x(dtype, (2, 3, 2)), axis=2).array
    return out


@case('softmax', dtypes=_ALL, tol=_T16)
def softmax(ch, dtype):
    out = grads(ch, ch.functions.softmax, [_x(dtype, (2, 3, 2))], dtype)
    out['axm1'] = ch.functions.softmax(_x(dtype, (2, 3, 2)), axis=-1).array
    return out


@case('maxout', dtypes=_ALL, tol=_T16)
def maxout(ch, dtype):
    out = grads(ch, lambda v: ch.functions.maxout(v, 2), [_x(dtype, (2, 6))],
                dtype)
    out['ax2'] = ch.functions.maxout(_x(dtype, (2, 3, 4)), 2, axis=2).array
    return out


@case('prelu', dtypes=_ALL, tol=_T16)
def prelu(ch, dtype):
    rng = numpy.random.RandomState(3)
    W = rng.uniform(-1, 1, (3,)).astype(dtype)
    return grads(ch, ch.functions.prelu, [_x(dtype, (2, 3, 2)), W], dtype)


@case('rrelu', dtypes=_ALL, tol=_T16, seed=5)
def rrelu(ch, dtype):
    out = grads(ch, ch.functions.rrelu, [_x(dtype)], dtype)
    y, r = ch.functions.rrelu(_x(dtype), l=0.1, u=0.4, return_r=True)
    out['y_r'] = y.array
    out['r'] = r
    with ch.using_config('train', False):
        out['test'] = ch.functions.rrelu(_x(dtype)).array
    out['given_r'] = ch.functions.rrelu(_x(dtype), r=r).array
    return out


@case('selu', dtypes=_ALL, tol=_T16)
def selu(ch, dtype):
    out = grads(ch, ch.functions.selu, [_x(dtype)], dtype)
    out['p'] = ch.functions.selu(_x(dtype), alpha=1.2, scale=0.8).array
    return out


@case('sigmoid', dtypes=_ALL, tol=_T16)
def sigmoid(ch, dtype):
    return grads(ch, ch.functions.sigmoid, [_x(dtype) * 3], dtype)


@case('softplus', dtypes=_ALL, tol=_T16)
def softplus(ch, dtype):
    out = grads(ch, ch.functions.softplus, [_x(dtype) * 3], dtype)
    out.update({'b_' + k: v for k, v in grads(
        ch, lambda v: ch.functions.softplus(v, beta=2.0),
        [_x(dtype, seed=2) * 3], dtype).items()})
    big = numpy.array([-40., -5, 0, 5, 25, 40], dtype)
    out['big'] = ch.functions.softplus(big).array
    return out


@case('swish', dtypes=_ALL, tol=_T16)
def swish(ch, dtype):
    rng = numpy.random.RandomState(4)
    beta = rng.uniform(0.5, 1.5, (3,)).astype(dtype)
    return grads(ch, ch.functions.swish, [_x(dtype, (2, 3, 2)), beta], dtype)


@case('tanh_relu', dtypes=_ALL, tol=_T16)
def tanh_relu(ch, dtype):
    out = grads(ch, ch.functions.tanh, [_x(dtype)], dtype)
    # relu's second derivative: Chainer None, facade zeros (D-013)
    out.update({'r_' + k: v for k, v in grads(
        ch, ch.functions.relu, [_x(dtype, seed=3)], dtype,
        double=False).items()})
    return out


@case('activation_kinks', dtypes=('float32', 'float64'))
def activation_kinks(ch, dtype):
    """Gradients exactly at the kinks (Chainer's conventions)."""
    F = ch.functions
    x = numpy.array([-2.5, -1., 0., 1.5, 2.5, 6., 20.], dtype)
    out = {}
    fns = {'relu': F.relu, 'clipped': lambda v: F.clipped_relu(v, 1.5),
           'relu6': F.relu6, 'leaky': F.leaky_relu, 'elu': F.elu,
           'hsig': F.hard_sigmoid, 'softplus': F.softplus,
           'prelu': lambda v: F.prelu(v.reshape(1, 7), numpy.full(
               (7,), 0.3, dtype)),
           'crelu': lambda v: F.crelu(v.reshape(1, 7))}
    for name, f in fns.items():
        v = ch.Variable(x.copy())
        y = f(v)
        y.grad = numpy.ones(y.shape, dtype)
        y.backward()
        out[name] = y.array
        out['g' + name] = v.grad
    return out
