"""F1 golden cases: element-wise chainer.functions.math functions."""
import numpy

from tests.golden.cases._f1_util import grads
from tests.golden.registry import case

_ALL = ('float16', 'float32', 'float64')
_T16 = {'float16': dict(atol=3e-2, rtol=3e-2)}


def _u(dtype, low, high, shape=(2, 3), seed=0):
    rng = numpy.random.RandomState(seed)
    return rng.uniform(low, high, shape).astype(dtype)


_UNARY = {
    'exp': (-1, 1), 'log': (0.5, 2), 'log2': (0.5, 2), 'log10': (0.5, 2),
    'expm1': (-1, 1), 'log1p': (-0.5, 1), 'sin': (-2, 2), 'cos': (-2, 2),
    'tan': (-1, 1), 'arcsin': (-0.8, 0.8), 'arccos': (-0.8, 0.8),
    'arctan': (-2, 2), 'arctanh': (-0.8, 0.8), 'cosh': (-1, 1),
    'sinh': (-1, 1), 'sqrt': (0.5, 2), 'rsqrt': (0.5, 2),
    'square': (-2, 2), 'erf': (-1.5, 1.5), 'erfc': (-1.5, 1.5),
    'ndtr': (-1.5, 1.5), 'absolute': (0.2, 1),
}


def _make(name, low, high):
    @case(name, dtypes=_ALL, tol=_T16)
    def body(ch, dtype):
        fn = getattr(ch.functions, name)
        x = _u(dtype, low, high)
        if name == 'absolute':
            x = x * numpy.array([1, -1, 1], dtype)
        return grads(ch, fn, [x], dtype)
    return body


for _n, (_lo, _hi) in sorted(_UNARY.items()):
    globals()['case_' + _n] = _make(_n, _lo, _hi)


@case('arctan2', dtypes=_ALL, tol=_T16)
def arctan2(ch, dtype):
    return grads(ch, ch.functions.arctan2,
                 [_u(dtype, -2, 2), _u(dtype, -2, 2, seed=1)], dtype)


@case('fmod', dtypes=_ALL, tol=_T16)
def fmod(ch, dtype):
    x = _u(dtype, -5, 5)
    d = numpy.array([[1.3, -1.7, 2.1], [0.9, 1.1, -2.6]], dtype)
    return grads(ch, ch.functions.fmod, [x, d], dtype, double=False)


@case('maximum_minimum', dtypes=_ALL, tol=_T16)
def maximum_minimum(ch, dtype):
    a = _u(dtype, -1, 1, (2, 3))
    b = _u(dtype, -1, 1, (2, 3), seed=1)
    b[0, 0] = a[0, 0]  # a tie: Chainer gives the gradient to x1
    out = {'max_' + k: v for k, v in grads(
        ch, ch.functions.maximum, [a, b], dtype).items()}
    out.update({'min_' + k: v for k, v in grads(
        ch, ch.functions.minimum, [a, b], dtype).items()})
    out['bcast'] = grads(ch, ch.functions.maximum,
                         [a, b[:1]], dtype, double=False)['gx1']
    return out


@case('clip', dtypes=_ALL, tol=_T16)
def clip(ch, dtype):
    x = numpy.array([[-1.5, -0.5, 0.0], [0.3, 0.5, 0.9]], dtype)
    out = grads(ch, lambda v: ch.functions.clip(v, -0.5, 0.5), [x], dtype)
    out['lo'] = ch.functions.clip(x, -0.2, None).array
    out['hi'] = ch.functions.clip(x, None, 0.2).array
    return out


@case('linear_interpolate', dtypes=_ALL, tol=_T16)
def linear_interpolate(ch, dtype):
    return grads(ch, ch.functions.linear_interpolate,
                 [_u(dtype, 0, 1), _u(dtype, -1, 1, seed=1),
                  _u(dtype, -1, 1, seed=2)], dtype)


@case('bias_scale', dtypes=_ALL, tol=_T16)
def bias_scale(ch, dtype):
    x = _u(dtype, -1, 1, (2, 3, 4))
    y = _u(dtype, -1, 1, (3,), seed=1)
    out = {'b_' + k: v for k, v in grads(
        ch, ch.functions.bias, [x, y], dtype).items()}
    out.update({'s_' + k: v for k, v in grads(
        ch, lambda a, b: ch.functions.scale(a, b, axis=1), [x, y],
        dtype).items()})
    y2 = _u(dtype, -1, 1, (3, 4), seed=2)
    out['s2'] = ch.functions.scale(x, y2).array
    return out


@case('rounding', dtypes=_ALL)
def rounding(ch, dtype):
    F = ch.functions
    x = numpy.array([[-1.5, -0.5, 0.0], [0.3, 1.5, 2.7]], dtype)
    out = {}
    for n in ('floor', 'ceil', 'fix', 'sign'):
        y = getattr(F, n)(ch.Variable(x))
        out[n] = y.array
        out[n + '_rg'] = numpy.asarray(y.requires_grad)
        out[n + '_creator'] = numpy.asarray(y.creator is None)
    return out


@case('basic_math_ops', dtypes=_ALL, tol=_T16)
def basic_math_ops(ch, dtype):
    a = _u(dtype, 0.5, 1.5, (2, 3))
    b = _u(dtype, 0.5, 1.5, (2, 3), seed=1)
    ops = {'add': lambda x, y: x + y, 'sub': lambda x, y: x - y,
           'mul': lambda x, y: x * y, 'div': lambda x, y: x / y,
           'pow': lambda x, y: x ** y, 'neg': lambda x, y: -x + y,
           'cadd': lambda x, y: x + 0.1 - y * 0.3,
           'crev': lambda x, y: 2.0 / x + 1.5 ** y - (1 - x),
           'cpow': lambda x, y: x ** 2.5 + y ** 2,
           'multi': lambda x, y: ch.functions.add(x, y, x)}
    out = {}
    for n, f in ops.items():
        # linear ops: Chainer's gx *is* gy (no double-backward to compare)
        dbl = n not in ('add', 'sub', 'neg', 'multi')
        out.update({n + '_' + k: v for k, v in grads(
            ch, f, [a, b], dtype, double=dbl).items()})
    return out


@case('basic_math_bcast', dtypes=('float32', 'float64'))
def basic_math_bcast(ch, dtype):
    a = _u(dtype, 0.5, 1.5, (2, 3))
    b = _u(dtype, 0.5, 1.5, (3,), seed=1)
    out = {}
    for n, f in {'add': lambda x, y: x + y, 'mul': lambda x, y: x * y,
                 'div': lambda x, y: x / y, 'pow': lambda x, y: x ** y}.items():
        out.update({n + '_' + k: v for k, v in grads(
            ch, f, [a, b], dtype, double=(n != 'add')).items()})
    out['arr'] = (ch.Variable(a) + b.astype(numpy.float64)).array
    return out
