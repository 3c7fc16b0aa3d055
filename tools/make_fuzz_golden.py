#!/usr/bin/env python
"""Fuzz inputs for every ``chainer.functions`` function, and their goldens.

This module is imported by
``tests/chainer_compat_tests/functions_tests/test_fuzz_functions.py`` (under
chainer_compat) and run as a script under the real Chainer 7.8.1 venv:

    cd /work/main && /work/chainer-ref/bin/python tools/make_fuzz_golden.py

which writes ``tests/golden/data/fuzz_functions.json``: per function name, a
fixed seeded list of fuzz inputs, each recorded as ``{'desc': <fingerprint of
the input>, 'result': 'raises <ExceptionType>' | 'ok <structure>'}`` where
the structure gives the shape and dtype of every output array, or
``'env <ExceptionType>'`` where the reference environment itself cannot run
the input (no SciPy; numpy aliases removed since Chainer 7.8.1).

Inputs come from per-function *argument generators* (``GEN``): a generator
takes a chooser ``c`` (``c.choice(seq)``, ``c.int(lo, hi)``) and returns
``(args, kwargs)`` built from numpy arrays and plain Python values only, so
the very same inputs are produced under both interpreters.  The golden part
drives generators with :class:`RngChooser` (``numpy.random.RandomState``,
whose legacy stream is identical across numpy versions); the test also
drives them with hypothesis.  Only numpy is imported here.
"""
import json
import os
import platform
import sys
import zlib

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLDEN = os.path.join(ROOT, 'tests', 'golden', 'data', 'fuzz_functions.json')

N_INPUTS = 10         # golden inputs per function
MAX_SIDE = 3


# ---------------------------------------------------------------- choosers

class RngChooser(object):

    def __init__(self, seed):
        self.rng = numpy.random.RandomState(seed)

    def choice(self, seq):
        return seq[int(self.rng.randint(len(seq)))]

    def int(self, lo, hi):
        return int(self.rng.randint(lo, hi + 1))


class FRef(object):
    """A ``chainer.functions`` function, resolved against ``ch`` at call."""

    def __init__(self, name):
        self.name = name


class Coo(object):
    """A dense array turned into ``ch.utils.CooMatrix`` at call time."""

    def __init__(self, a):
        self.a = a


class Sampler(object):
    """negative_sampling / black_out style sampler (deterministic)."""

    def __init__(self, n):
        self.n = n

    def __call__(self, shape):
        return numpy.arange(
            int(numpy.prod(shape))).reshape(shape).astype('i') % self.n


def resolve(obj, ch):
    if isinstance(obj, FRef):
        return getattr(ch.functions, obj.name)
    if isinstance(obj, Coo):
        return ch.utils.to_coo(obj.a)
    if isinstance(obj, list):
        return [resolve(o, ch) for o in obj]
    if isinstance(obj, tuple):
        return tuple(resolve(o, ch) for o in obj)
    if isinstance(obj, dict):
        return {k: resolve(v, ch) for k, v in obj.items()}
    return obj


def describe(obj):
    """Stable fingerprint of an input (same under both interpreters)."""
    if isinstance(obj, numpy.ndarray):
        return 'a{}{}:{:08x}'.format(
            list(obj.shape), obj.dtype.name,
            zlib.crc32(numpy.ascontiguousarray(obj).tobytes()))
    if isinstance(obj, (FRef, Coo)):
        return '{}({})'.format(type(obj).__name__, describe(
            obj.name if isinstance(obj, FRef) else obj.a))
    if isinstance(obj, Sampler):
        return 'Sampler({})'.format(obj.n)
    if isinstance(obj, list):
        return '[' + ','.join(describe(o) for o in obj) + ']'
    if isinstance(obj, tuple):
        return '(' + ','.join(describe(o) for o in obj) + ')'
    if isinstance(obj, dict):
        return '{' + ','.join('{}={}'.format(k, describe(obj[k]))
                              for k in sorted(obj)) + '}'
    if isinstance(obj, type):
        if issubclass(obj, numpy.generic):
            return numpy.dtype(obj).name
        return obj.__name__
    if isinstance(obj, numpy.dtype):
        return obj.name
    if isinstance(obj, slice):
        return 'slice({},{},{})'.format(obj.start, obj.stop, obj.step)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, (bool, int, float, str)) or obj is None:
        return repr(obj)
    return type(obj).__name__


def describe_result(r):
    """'<shape> <dtype>' per output array, nested like the result."""
    arr = getattr(r, 'array', None)
    if arr is not None and hasattr(arr, 'shape'):
        return '{} {}'.format(list(arr.shape), numpy.dtype(arr.dtype).name)
    if isinstance(r, numpy.ndarray):
        return 'ndarray {} {}'.format(list(r.shape), r.dtype.name)
    if isinstance(r, (list, tuple)):
        return '{}[{}]'.format('T' if isinstance(r, tuple) else 'L',
                               ', '.join(describe_result(o) for o in r))
    if r is None:
        return 'None'
    if isinstance(r, dict):
        return '{' + ', '.join('{}: {}'.format(k, describe_result(r[k]))
                               for k in sorted(r)) + '}'
    return type(r).__name__


def call(ch, name, args, kwargs):
    f = getattr(ch.functions, name)
    return f(*resolve(args, ch), **resolve(kwargs, ch))


# ---------------------------------------------------------------- helpers

FLOATS = ('float32', 'float64', 'float16')
# Mostly valid float dtypes, sometimes integer / bool.
FDT = ('float32', 'float32', 'float64', 'float16', 'float32', 'float64',
       'float32', 'float64', 'float16', 'float32', 'int32', 'bool',
       'float32', 'float64', 'int64')
LDT = ('int32', 'int32', 'int32', 'int64', 'float32', 'int32')  # labels
AXES = (None, 0, 1, -1, 2, -2, 3, 5, -5, (0, 1), (0, -1), (1, 1))
INT_AXES = (0, 1, -1, 2, -2, 3, 5, -5)


def side(c, lo=0):
    if lo:
        return c.int(lo, MAX_SIDE)
    return c.choice((2, 3, 1, 2, 0, 3))


def shape(c, lo=0, hi=4, min_side=0):
    nd = c.int(lo, hi)
    if min_side:
        return tuple(c.int(min_side, MAX_SIDE) for _ in range(nd))
    return tuple(side(c) for _ in range(nd))


def arr(c, shp, dtype, low=-2.0, high=2.0):
    rng = numpy.random.RandomState(c.int(0, 99999))
    dtype = numpy.dtype(dtype)
    if dtype.kind == 'b':
        return numpy.asarray(rng.rand(*shp) > 0.5)
    if dtype.kind in 'iu':
        return numpy.asarray(
            rng.randint(int(low), int(high) + 1, size=shp)).astype(dtype)
    return numpy.asarray(rng.uniform(low, high, size=shp)).astype(dtype)


def fdt(c):
    return c.choice(FDT)


def farr(c, shp, dt=None, **kw):
    return arr(c, shp, dt or fdt(c), **kw)


def maybe_none(c, v, p=16):
    return None if c.int(0, p - 1) == 0 else v


def labels(c, shp, n, bad=True):
    """int32 labels in [0, n) mostly; sometimes out of range / -1 / float."""
    dt = c.choice(LDT) if bad else 'int32'
    lo, hi = 0, max(n - 1, 0)
    if bad:
        mode = c.int(0, 5)
        if mode == 0:
            hi = n + 2
        elif mode == 1:
            lo = -1
    return arr(c, shp, dt, lo, hi)


def other_shape(c, shp):
    """Same shape mostly; sometimes broadcastable or mismatched."""
    mode = c.int(0, 5)
    if mode <= 2:
        return shp
    if mode == 3 and shp:
        return shp[1:]
    if mode == 4:
        return tuple(s + 1 for s in shp) or (2,)
    return shape(c)


GEN = {}


def gen(*names):
    def deco(f):
        for n in names:
            GEN[n] = f
        return f
    return deco


def _x(c, lo=0, hi=4, min_side=0):
    return maybe_none(c, farr(c, shape(c, lo, hi, min_side)))


# ---------------------------------------------------------- elementwise

UNARY = ('relu', 'relu6', 'hard_sigmoid', 'sigmoid', 'tanh', 'selu',
         'arctanh', 'absolute', 'ceil', 'cosh', 'sinh', 'digamma', 'erf',
         'erfc', 'erfcinv', 'erfcx', 'erfinv', 'exp', 'log', 'log10', 'log2',
         'expm1', 'fix', 'floor', 'lgamma', 'log_ndtr', 'log1p', 'ndtr',
         'ndtri', 'rsqrt', 'sqrt', 'square', 'sign', 'arccos', 'arcsin',
         'arctan', 'cos', 'sin', 'tan', 'flatten', 'fliplr', 'flipud',
         'batch_l2_norm_squared', 'rrelu')


@gen(*UNARY)
def g_unary(c):
    return (_x(c),), {}


@gen('identity')
def g_identity(c):
    n = c.int(1, 3)
    return tuple(_x(c) for _ in range(n)), {}


_PARAM = {
    'clipped_relu': ('z', (20.0, 0.0, -1.0, 1.5)),
    'elu': ('alpha', (1.0, 0.5, -1.0, 0.0)),
    'leaky_relu': ('slope', (0.2, 0.0, -0.5, 2.0)),
    'softplus': ('beta', (1.0, 2.0, 0.5, -1.0)),
    'softmax': ('axis', INT_AXES),
    'log_softmax': ('axis', INT_AXES),
    'crelu': ('axis', INT_AXES),
    'separate': ('axis', INT_AXES),
    'normalize': ('axis', INT_AXES + ((1, 2),)),
    'argmax': ('axis', (None,) + INT_AXES),
    'argmin': ('axis', (None,) + INT_AXES),
    'logsumexp': ('axis', AXES),
    'cumsum': ('axis', (None,) + INT_AXES),
    'cumprod': ('axis', (None,) + INT_AXES),
    'flip': ('axis', INT_AXES),
    'squeeze': ('axis', AXES),
    'gumbel_softmax': ('axis', INT_AXES),
    'dropout': ('ratio', (0.5, 0.0, 0.9, 1.0, -0.1, 1.5)),
}


def _make_param_gen(name):
    key, vals = _PARAM[name]

    def g(c):
        x = _x(c)
        kw = {}
        if c.int(0, 4):
            kw[key] = c.choice(vals)
        return (x,), kw
    return g


for _n in _PARAM:
    GEN[_n] = _make_param_gen(_n)


@gen('swish', 'prelu')
def g_swish(c):
    x = _x(c, 1)
    xs = getattr(x, 'shape', (2, 3))
    mode = c.int(0, 3)
    if mode == 0:
        ws = xs[1:2]
    elif mode == 1:
        ws = xs[1:]
    elif mode == 2:
        ws = ()
    else:
        ws = shape(c, 0, 2)
    return (x, farr(c, ws)), {}


@gen('maxout')
def g_maxout(c):
    x = _x(c, 1)
    return (x, c.choice((1, 2, 3, 0, -1, 2))), (
        {'axis': c.choice(INT_AXES)} if c.int(0, 1) else {})


BINARY = ('absolute_error', 'squared_error', 'squared_difference',
          'mean_absolute_error', 'mean_squared_error', 'maximum', 'minimum',
          'arctan2', 'fmod', 'zeta', 'bernoulli_nll', 'gaussian_kl_divergence',
          'gaussian', 'zoneout')


@gen(*BINARY)
def g_binary(c):
    s = shape(c)
    dt = fdt(c)
    x0 = maybe_none(c, arr(c, s, dt))
    dt1 = dt if c.int(0, 3) else fdt(c)
    x1 = arr(c, other_shape(c, s), dt1)
    if c.int(0, 1):
        x0, x1 = x1, x0
    return (x0, x1), {}


@gen('gaussian_nll', 'linear_interpolate')
def g_ternary(c):
    s = shape(c)
    dt = fdt(c)
    xs = [arr(c, s, dt), arr(c, s, dt), arr(c, other_shape(c, s), dt)]
    i = c.int(0, 2)
    xs[i], xs[2] = xs[2], xs[i]
    return tuple(xs), {}


@gen('add')
def g_add(c):
    n = c.int(1, 3)
    s = shape(c)
    dt = fdt(c)
    xs = [arr(c, s if i else other_shape(c, s),
              dt if c.int(0, 4) else fdt(c)) for i in range(n)]
    return tuple(xs), {}


@gen('polygamma')
def g_polygamma(c):
    s = shape(c)
    x = farr(c, s, low=0.5, high=3)
    n = arr(c, other_shape(c, s), c.choice(('int32', 'int32', 'float32')),
            0, 2)
    return (n, x), {}


@gen('clip')
def g_clip(c):
    lo, hi = c.choice(((-1.0, 1.0), (1.0, -1.0), (None, 1.0), (-1.0, None),
                       (None, None), (0.0, 0.0), (-1, 1)))
    return (_x(c), lo, hi), {}


@gen('sum', 'max', 'min', 'prod')
def g_reduce(c):
    kw = {}
    if c.int(0, 4):
        kw['axis'] = c.choice(AXES)
    if c.int(0, 1):
        kw['keepdims'] = c.choice((True, False))
    return (_x(c),), kw


@gen('average', 'mean')
def g_average(c):
    x = _x(c, 1)
    kw = {}
    if c.int(0, 3):
        kw['axis'] = c.choice(AXES)
    if c.int(0, 2) == 0 and x is not None:
        ax = kw.get('axis')
        if isinstance(ax, int) and -x.ndim <= ax < x.ndim:
            n = x.shape[ax]
        else:
            n = c.int(0, 3)
        kw['weights'] = farr(c, (n,) if c.int(0, 3) else x.shape, x.dtype)
    if c.int(0, 1):
        kw['keepdims'] = c.choice((True, False))
    return (x,), kw


@gen('sum_to')
def g_sum_to(c):
    x = _x(c)
    s = getattr(x, 'shape', (2,))
    t = c.choice((s, s[1:], (1,) + s[1:], (), (1,), s[:-1], (5,),
                  tuple(1 for _ in s), (2,) + s))
    return (x, t), {}


@gen('bias', 'scale')
def g_bias(c):
    x = _x(c, 1)
    s = getattr(x, 'shape', (2, 3))
    axis = c.choice((1, 1, 0, 2, -1))
    ax = axis if axis >= 0 else axis + len(s)
    mode = c.int(0, 3)
    ys = s[ax:ax + 1] if mode == 0 else s[ax:] if mode == 1 else shape(c, 0,
                                                                       2)
    return (x, farr(c, ys, getattr(x, 'dtype', None) if c.int(0, 3)
                    else None)), {'axis': axis}


@gen('matmul', 'batch_matmul', 'sparse_matmul')
def g_matmul(c):
    nd = c.int(1, 3)
    b = c.choice(((), (2,), (1,), (3,)))
    m, k, n = side(c), side(c), side(c)
    dt = fdt(c)
    sa = b[:max(nd - 2, 0)] + (m, k)[-nd:] if nd < 3 else b + (m, k)
    kb = k if c.int(0, 3) else k + 1
    sb = b[:max(nd - 2, 0)] + (kb, n)[-nd:] if nd < 3 else b + (kb, n)
    a = arr(c, sa, dt)
    bb = arr(c, sb, dt if c.int(0, 4) else fdt(c))
    kw = {}
    if c.int(0, 2) == 0:
        kw['transa'] = True
        a = numpy.ascontiguousarray(numpy.swapaxes(a, -1, -2)) \
            if a.ndim >= 2 and c.int(0, 2) else a
    if c.int(0, 2) == 0:
        kw['transb'] = True
    return (a, bb), kw


def _sparse_matmul(c):
    if c.int(0, 4) == 0:
        return g_matmul(c)
    m, k, n = side(c, 1), side(c, 1), side(c, 1)
    dt = c.choice(('float32', 'float32', 'float64'))
    a = arr(c, (m, k), dt)
    a[a < 0] = 0
    kb = k if c.int(0, 3) else k + 1
    b = arr(c, c.choice(((kb, n), (kb, n), (kb,), (2, kb, n))),
            dt if c.int(0, 4) else fdt(c))
    kw = {}
    if c.int(0, 3) == 0:
        kw['transb'] = True
    if c.int(0, 1):
        return (Coo(a), b), kw
    d = arr(c, (n, m) if c.int(0, 3) else (n, m + 1), a.dtype)
    return (d, Coo(a)), kw


GEN['sparse_matmul'] = _sparse_matmul


@gen('tensordot')
def g_tensordot(c):
    a = farr(c, shape(c, 1, 3), 'float32')
    b = farr(c, shape(c, 1, 3), c.choice(('float32', 'float32', 'float64')))
    axes = c.choice((1, 2, 0, ([0], [0]), ([1], [0]), ([-1], [0]), 5))
    return (a, b), {'axes': axes}


@gen('einsum')
def g_einsum(c):
    eq = c.choice(('ij,jk->ik', 'ij->ji', 'ii->i', 'ij,ij->', 'i,i',
                   'ij->', 'ijk,ikl->ijl', 'ij,jk'))
    ops = eq.split('->')[0].split(',')
    dims = {ch_: side(c) for ch_ in 'ijkl'}
    dt = c.choice(FLOATS + ('int32',))
    xs = []
    for o in ops:
        s = tuple(dims[ch_] for ch_ in o)
        if c.int(0, 6) == 0:
            s = s + (2,)
        xs.append(arr(c, s, dt))
    return (eq,) + tuple(xs), {}


@gen('det', 'inv', 'cholesky')
def g_det(c):
    n = c.int(0, 3)
    m = n if c.int(0, 3) else n + 1
    s = c.choice(((n, m), (n, m), (2, n, m), (n,)))
    dt = c.choice(('float32', 'float32', 'float64', 'float16', 'int32'))
    a = arr(c, s, dt)
    if c.int(0, 1) and len(s) == 2 and n == m:
        a = (a.dot(a.T) + numpy.eye(n) * n).astype(dt)
    return (a,), {}


@gen('batch_det', 'batch_inv')
def g_batch_det(c):
    n = c.int(0, 3)
    m = n if c.int(0, 3) else n + 1
    s = c.choice(((2, n, m), (1, n, m), (n, m), (0, n, m)))
    return (arr(c, s, c.choice(('float32', 'float64', 'float32', 'int32'))),
            ), {}


@gen('fft', 'ifft')
def g_fft(c):
    s = shape(c, 1, 3)
    dt = c.choice(('float32', 'float64', 'float32', 'int32'))
    return ((arr(c, s, dt), arr(c, other_shape(c, s), dt)),), {}


# ---------------------------------------------------------- array

@gen('reshape')
def g_reshape(c):
    x = _x(c)
    s = getattr(x, 'shape', (2,))
    n = int(numpy.prod(s))
    t = c.choice(((n,), (-1,), (1, -1), (-1, -1), (-2,), (n + 1,), (),
                  (2, -1), s[::-1], (0,), (-1, 1, 1)))
    return (x, t), {}


@gen('transpose')
def g_transpose(c):
    x = _x(c)
    nd = getattr(x, 'ndim', 2)
    axes = c.choice((None, 'rev', 'rev', 'short', 'dup', 'big'))
    if axes == 'rev':
        axes = tuple(range(nd))[::-1]
    elif axes == 'short':
        axes = tuple(range(max(nd - 1, 0)))
    elif axes == 'dup':
        axes = (0,) * nd
    elif axes == 'big':
        axes = tuple(range(nd + 1))
    return (x, axes), {}


def _xs_along(c, axis=1, n=None):
    """1-3 arrays equal except along ``axis`` (sometimes mismatched)."""
    n = n or c.int(1, 3)
    base = list(shape(c, 1, 3))
    dt = fdt(c)
    xs = []
    for _ in range(n):
        s = list(base)
        if -len(s) <= axis < len(s):
            s[axis] = side(c)
        if c.int(0, 7) == 0:
            s = list(shape(c))
        xs.append(arr(c, tuple(s), dt if c.int(0, 5) else fdt(c)))
    return xs


@gen('concat', 'stack')
def g_concat(c):
    axis = c.choice((1, 0, -1, 2, 3, -4))
    xs = _xs_along(c, axis if c.int(0, 1) else 99)
    if c.int(0, 9) == 0:
        xs = xs[0]
    return (xs,), {'axis': axis}


@gen('hstack', 'vstack', 'dstack')
def g_hstack(c):
    xs = _xs_along(c, c.choice((0, 1, 2)))
    return (xs,), {}


GEN['broadcast'] = lambda c: (tuple(
    farr(c, shape(c, 0, 3), 'float32') for _ in range(c.int(1, 3))), {})


@gen('split_axis')
def g_split_axis(c):
    x = _x(c, 1)
    ios = c.choice((2, 3, 1, 0, [1], [1, 2], [-1], [5], [2, 1], (1,), -1))
    return (x, ios, c.choice((0, 1, -1, 2, 5))), (
        {'force_tuple': c.choice((True, False))} if c.int(0, 1) else {})


@gen('get_item')
def g_get_item(c):
    x = _x(c)
    sl = c.choice((0, -1, 5, slice(None), (0, 0), Ellipsis, None, [0, 1],
                   (slice(1, None), 0), (Ellipsis, 0), slice(None, None, -1),
                   (0, 0, 0, 0, 0), 'bool', 'int'))
    if sl == 'bool':
        s = getattr(x, 'shape', ())
        sl = arr(c, s[:1], 'bool')
    elif sl == 'int':
        sl = arr(c, (2,), 'int32', -2, 3)
    return (x, sl), {}


@gen('expand_dims')
def g_expand_dims(c):
    x = _x(c)
    nd = getattr(x, 'ndim', 0)
    return (x, c.choice((0, 1, -1, nd, nd + 1, -nd - 2, -nd - 1))), {}


@gen('broadcast_to')
def g_broadcast_to(c):
    x = _x(c)
    s = getattr(x, 'shape', ())
    return (x, c.choice((s, (2,) + s, (3, 3), s[1:], (), (1,) + s,
                         tuple(v + 1 for v in s), (-1,) + s))), {}


@gen('swapaxes')
def g_swapaxes(c):
    return (_x(c), c.choice(INT_AXES), c.choice(INT_AXES)), {}


@gen('moveaxis')
def g_moveaxis(c):
    src = c.choice(INT_AXES + ((0, 1),))
    dst = c.choice(INT_AXES + ((1, 0), (0, 0)))
    return (_x(c), src, dst), {}


@gen('rollaxis')
def g_rollaxis(c):
    kw = {'start': c.choice(INT_AXES)} if c.int(0, 1) else {}
    return (_x(c), c.choice(INT_AXES)), kw


@gen('tile')
def g_tile(c):
    return (_x(c), c.choice((1, 2, (2, 1), (0,), -1, (1, 2, 1, 1), (),
                             (2,), 1.5))), {}


@gen('repeat')
def g_repeat(c):
    kw = {'axis': c.choice((None, 0, -1, 5))} if c.int(0, 2) else {}
    return (_x(c), c.choice((2, 0, -1, [1, 2], (2,), [1, 1, 1], 1))), kw


@gen('cast')
def g_cast(c):
    return (_x(c), c.choice((numpy.float16, numpy.float32, numpy.float64,
                             numpy.int32, numpy.bool_, 'float32'))), {}


@gen('copy')
def g_copy(c):
    return (_x(c), c.choice((-1, -1, '@numpy'))), {}


@gen('where')
def g_where(c):
    s = shape(c)
    dt = fdt(c)
    cond = arr(c, other_shape(c, s), c.choice(('bool', 'bool', 'int32')))
    x = arr(c, s, dt)
    y = arr(c, other_shape(c, s), dt if c.int(0, 3) else fdt(c))
    return (cond, x, y), {}


@gen('pad')
def g_pad(c):
    x = _x(c)
    nd = getattr(x, 'ndim', 1)
    pw = c.choice((1, (1, 2), ((1, 1),) * nd, -1, 0, ((0, 1),) * (nd + 1)))
    mode = c.choice(('constant', 'constant', 'edge', 'reflect', 'foo'))
    kw = {}
    if mode == 'constant' and c.int(0, 1):
        kw['constant_values'] = c.choice((0, 1.5, -1))
    return (x, pw, mode), kw


@gen('pad_sequence')
def g_pad_sequence(c):
    n = c.int(1, 3)
    tail = shape(c, 0, 2)
    dt = fdt(c)
    xs = [arr(c, (side(c),) + (tail if c.int(0, 5) else shape(c, 0, 2)), dt)
          for _ in range(n)]
    kw = {}
    if c.int(0, 1):
        kw['length'] = c.choice((None, 0, 1, 3, 5))
    if c.int(0, 2) == 0:
        kw['padding'] = c.choice((0, -1, 1.5))
    return (xs,), kw


@gen('transpose_sequence')
def g_transpose_sequence(c):
    n = c.int(0, 3)
    lens = sorted((side(c) for _ in range(n)), reverse=bool(c.int(0, 4)))
    tail = shape(c, 0, 2)
    dt = fdt(c)
    return ([arr(c, (L,) + tail, dt) for L in lens],), {}


@gen('permutate')
def g_permutate(c):
    x = _x(c, 1)
    axis = c.choice((0, 0, 1, -1, 5))
    s = getattr(x, 'shape', (2,))
    n = s[axis] if -len(s) <= axis < len(s) else 2
    idx = numpy.random.RandomState(c.int(0, 99)).permutation(n)
    mode = c.int(0, 4)
    if mode == 0:
        idx = idx[:-1] if n else numpy.array([0])
    elif mode == 1 and n:
        idx = numpy.zeros(n)
    idx = idx.astype(c.choice(('int32', 'int32', 'int64', 'float32')))
    return (x, idx), {'axis': axis, 'inv': c.choice((False, True))}


@gen('select_item')
def g_select_item(c):
    s = c.choice(((2, 3), (0, 3), (3,), (2, 3, 1), (2, 0)))
    x = farr(c, s)
    n = s[1] if len(s) > 1 else 1
    t = labels(c, other_shape(c, s[:1]), n)
    return (x, t), {}


@gen('space2depth', 'depth2space')
def g_space2depth(c):
    s = c.choice(((1, 4, 2, 2), (2, 1, 4, 4), (1, 3, 2, 2), (1, 4, 3, 3),
                  (4, 2), (1, 0, 2, 2)))
    return (farr(c, s), c.choice((2, 2, 1, 3, 0))), {}


@gen('diagonal')
def g_diagonal(c):
    x = _x(c, 1)
    kw = {}
    if c.int(0, 1):
        kw['offset'] = c.choice((0, 1, -1, 5))
    if c.int(0, 1):
        kw['axis1'] = c.choice((0, 1, -1, 5))
        kw['axis2'] = c.choice((0, 1, 2, -1))
    return (x,), kw


def _img(c, nd=2, lo=0):
    b = c.choice((1, 2, 0, 1))
    ch = c.choice((1, 2, 3, 2))
    sp = tuple(c.int(lo, 5) if lo else c.choice((1, 2, 3, 4, 5, 3, 4, 0))
               for _ in range(nd))
    s = (b, ch) + sp
    if c.int(0, 9) == 0:
        s = shape(c, 0, 4)
    return farr(c, s)


@gen('im2col')
def g_im2col(c):
    x = _img(c)
    kw = {}
    if c.int(0, 1):
        kw['stride'] = c.choice((1, 2, 0, (1, 2)))
    if c.int(0, 1):
        kw['pad'] = c.choice((0, 1, -1))
    if c.int(0, 2) == 0:
        kw['cover_all'] = True
    if c.int(0, 2) == 0:
        kw['dilate'] = c.choice((1, 2, 0))
    return (x, c.choice((1, 2, 3, (2, 1), 0, 7))), kw


@gen('resize_images')
def g_resize_images(c):
    x = _img(c)
    if c.int(0, 2):
        x = x.astype('float32')
    return (x, c.choice(((2, 2), (3, 5), (1, 1), (0, 2), (2,),
                         (-1, 2)))), {}


@gen('scatter_add')
def g_scatter_add(c):
    a = _x(c, 1)
    s = getattr(a, 'shape', (2,))
    sl = c.choice((0, slice(None), (0, 0), [0, 0], 5, slice(0, 1)))
    try:
        bs = numpy.empty(s)[sl].shape
    except Exception:
        bs = (2,)
    if c.int(0, 3) == 0:
        bs = shape(c)
    return (a, sl, farr(c, bs, getattr(a, 'dtype', None)
                        if c.int(0, 3) else None)), {}


@gen('as_strided')
def g_as_strided(c):
    # only in-bounds views: out-of-bounds strides crash numpy (Chainer)
    x = farr(c, (6,))
    shp, st = c.choice((((2, 3), (3, 1)), ((3, 2), (1, 3)), ((2, 2), (1, 1)),
                        ((6,), (1,)), ((3,), (2,)), ((0,), (1,))))
    return (x, shp, st), {}


@gen('spatial_transformer_grid')
def g_st_grid(c):
    b = c.choice((1, 2, 0))
    ts = c.choice(((b, 2, 3), (b, 2, 3), (b, 3, 3), (b, 6)))
    return (farr(c, ts), c.choice(((2, 2), (3, 1), (0, 2), (2,)))), {}


@gen('spatial_transformer_sampler')
def g_st_sampler(c):
    x = _img(c, 2, 1)
    b = x.shape[0] if x.ndim else 1
    gs = c.choice(((b, 2, 2, 2), (b, 2, 3, 1), (b, 3, 2, 2), (b + 1, 2, 2, 2),
                   (b, 2, 2)))
    return (x, farr(c, gs, x.dtype if c.int(0, 3) else None)), {}


# ---------------------------------------------------------- connection

@gen('linear')
def g_linear(c):
    b = c.choice((2, 1, 0))
    i, o = side(c), side(c)
    dt = fdt(c)
    x = arr(c, c.choice(((b, i), (b, i), (b, 1, i), (i,), (b, i + 1))), dt)
    W = arr(c, (o, i) if c.int(0, 4) else shape(c, 1, 3), dt
            if c.int(0, 4) else fdt(c))
    bias = c.choice((None, 'ok', 'ok', 'bad'))
    if bias == 'ok':
        bias = arr(c, (o,), dt)
    elif bias == 'bad':
        bias = arr(c, (o + 1,), dt)
    kw = {'n_batch_axes': c.choice((1, 2, 0))} if c.int(0, 3) == 0 else {}
    return (maybe_none(c, x), W, bias), kw


def _conv(c, nd, deconv=False, depthwise=False):
    x = _img(c, nd)
    C = x.shape[1] if x.ndim >= 2 else 2
    k = tuple(c.choice((1, 2, 3)) for _ in range(nd))
    O = c.choice((1, 2, 3))
    if c.int(0, 5) == 0:
        C += 1
    if deconv:
        ws = (C, O) + k
    elif depthwise:
        ws = (O, C) + k
    else:
        ws = (O, C) + k
    if c.int(0, 9) == 0:
        ws = ws[:-1]
    dt = x.dtype if c.int(0, 4) else fdt(c)
    W = arr(c, ws, dt)
    bo = ws[1] if deconv else ws[0] * (ws[1] if depthwise else 1)
    bias = c.choice((None, 'ok', 'bad'))
    if bias == 'ok':
        bias = arr(c, (bo,), dt)
    elif bias == 'bad':
        bias = arr(c, (bo + 1,), dt)
    kw = {}
    if c.int(0, 1):
        kw['stride'] = c.choice((1, 2, 0, -1))
    if c.int(0, 1):
        kw['pad'] = c.choice((0, 1, -1, 3))
    return x, W, bias, kw


def _conv_gen(name):
    nd = {'convolution_1d': 1, 'convolution_3d': 3, 'deconvolution_1d': 1,
          'deconvolution_3d': 3}.get(name, 2)
    deconv = name.startswith('deconv')
    depthwise = name.startswith('depthwise')

    def g(c):
        d = nd
        if name.endswith('_nd'):
            d = c.choice((1, 2, 3))
        x, W, b, kw = _conv(c, d, deconv, depthwise)
        if name.startswith('dilated') and c.int(0, 1):
            kw['dilate'] = c.choice((1, 2, 0))
        if not deconv and not depthwise and c.int(0, 4) == 0:
            kw['cover_all'] = True
        if deconv and c.int(0, 4) == 0:
            kw['outsize'] = tuple(c.choice((3, 4, 1)) for _ in range(d))
        return (x, W, b), kw
    return g


for _n in ('convolution_2d', 'convolution_1d', 'convolution_3d',
           'convolution_nd', 'dilated_convolution_2d',
           'depthwise_convolution_2d', 'deconvolution_2d', 'deconvolution_1d',
           'deconvolution_3d', 'deconvolution_nd'):
    GEN[_n] = _conv_gen(_n)


@gen('deformable_convolution_2d_sampler')
def g_deform(c):
    x = _img(c, 2, 2)
    if c.int(0, 2):
        x = x.astype('float32')
    C = x.shape[1] if x.ndim == 4 else 2
    k = c.choice((1, 2))
    W = farr(c, (2, C, k, k), x.dtype if x.dtype.kind == 'f' else None)
    oh = (x.shape[2] - k + 1) if x.ndim == 4 else 2
    ow = (x.shape[3] - k + 1) if x.ndim == 4 else 2
    B = x.shape[0] if x.ndim else 1
    off = farr(c, c.choice(((B, 2 * k * k, oh, ow), (B, 2 * k * k, oh, ow),
                            (B, k * k, oh, ow))),
               x.dtype if x.dtype.kind == 'f' else None)
    return (x, off, W), {}


@gen('local_convolution_2d')
def g_local_conv(c):
    x = _img(c, 2, 1)
    C = x.shape[1] if x.ndim == 4 else 2
    k = c.choice((1, 2))
    oh = max((x.shape[2] - k + 1) if x.ndim == 4 else 1, 0)
    ow = max((x.shape[3] - k + 1) if x.ndim == 4 else 1, 0)
    if c.int(0, 4) == 0:
        oh += 1
    W = farr(c, (oh, ow, 2, C, k, k), x.dtype if c.int(0, 4) else None)
    return (x, W), {}


@gen('shift')
def g_shift(c):
    kw = {}
    if c.int(0, 1):
        kw['ksize'] = c.choice((3, 1, 2, 5))
    if c.int(0, 2) == 0:
        kw['dilate'] = c.choice((1, 2, 0))
    k = kw.get('ksize', 3)
    x = _img(c, 2)
    if c.int(0, 3) and x.ndim == 4:
        x = farr(c, (x.shape[0], k * k) + x.shape[2:], x.dtype)
    return (x,), kw


@gen('bilinear')
def g_bilinear(c):
    B, J, K, L = c.choice((2, 1, 0)), side(c), side(c), c.choice((1, 2))
    dt = fdt(c)
    e1 = arr(c, (B, J), dt)
    e2 = arr(c, (B, K) if c.int(0, 5) else (B + 1, K), dt)
    W = arr(c, (J, K, L) if c.int(0, 5) else (J, K), dt)
    args = [e1, e2, W]
    if c.int(0, 1):
        args += [arr(c, (J, L), dt), arr(c, (K, L), dt),
                 arr(c, (L,) if c.int(0, 4) else (L + 1,), dt)]
    return tuple(args), {}


@gen('embed_id')
def g_embed_id(c):
    V, D = c.choice((3, 1)), c.choice((2, 0, 3))
    x = labels(c, shape(c, 0, 3), V)
    W = farr(c, (V, D) if c.int(0, 5) else (V,))
    kw = {'ignore_label': c.choice((None, -1, 0))} if c.int(0, 1) else {}
    if kw.get('ignore_label') == -1:
        x = x.copy()
    return (maybe_none(c, x), W), kw


# ---------------------------------------------------------- evaluation

def _yt(c, bad=True):
    B, C = c.choice((2, 3, 0, 1)), c.choice((3, 2, 1))
    ys = c.choice(((B, C), (B, C), (B, C, 2), (B,)))
    y = farr(c, ys)
    ts = (B,) + ys[2:] if len(ys) > 1 else (B,)
    if c.int(0, 5) == 0:
        ts = other_shape(c, ts)
    t = labels(c, ts, C, bad)
    return y, t


@gen('accuracy')
def g_accuracy(c):
    y, t = _yt(c)
    kw = {'ignore_label': c.choice((None, -1, 0))} if c.int(0, 1) else {}
    return (y, maybe_none(c, t)), kw


@gen('classification_summary', 'f1_score', 'precision', 'recall')
def g_summary(c):
    y, t = _yt(c)
    kw = {'label_num': c.choice((None, 2, 3, 5))} if c.int(0, 1) else {}
    return (y, t), kw


@gen('binary_accuracy')
def g_binary_accuracy(c):
    s = shape(c, 1, 2)
    y = farr(c, s)
    t = arr(c, other_shape(c, s), c.choice(('int32', 'int32', 'float32')),
            -1, 1)
    return (y, t), {}


@gen('r2_score')
def g_r2(c):
    s = shape(c, 1, 2, 1)
    dt = fdt(c)
    kw = {'multioutput': c.choice(('uniform_average', 'raw_values', 'foo'))} \
        if c.int(0, 1) else {}
    return (arr(c, s, dt), arr(c, other_shape(c, s), dt)), kw


# ---------------------------------------------------------- loss

RED = ('mean', 'no', 'sum', 'foo')


@gen('softmax_cross_entropy')
def g_sce(c):
    y, t = _yt(c)
    kw = {}
    if c.int(0, 2) == 0:
        kw['reduce'] = c.choice(('mean', 'no', 'foo'))
    if c.int(0, 3) == 0:
        kw['ignore_label'] = c.choice((-1, 0))
    if c.int(0, 3) == 0:
        kw['normalize'] = False
    if c.int(0, 4) == 0 and y.ndim >= 2:
        kw['class_weight'] = farr(c, (y.shape[1],) if c.int(0, 2) else (7,),
                                  y.dtype)
    return (maybe_none(c, y), t), kw


@gen('sigmoid_cross_entropy')
def g_sigce(c):
    s = shape(c, 1, 3)
    x = farr(c, s)
    t = arr(c, other_shape(c, s), c.choice(('int32', 'int32', 'float32')),
            -1, 1)
    kw = {}
    if c.int(0, 2) == 0:
        kw['reduce'] = c.choice(('mean', 'no', 'foo'))
    if c.int(0, 3) == 0:
        kw['normalize'] = False
    return (x, t), kw


@gen('hinge')
def g_hinge(c):
    y, t = _yt(c)
    kw = {}
    if c.int(0, 1):
        kw['norm'] = c.choice(('L1', 'L2', 'L3'))
    if c.int(0, 2) == 0:
        kw['reduce'] = c.choice(('mean', 'no', 'foo'))
    return (y, t), kw


@gen('huber_loss')
def g_huber(c):
    s = shape(c, 1, 3)
    dt = fdt(c)
    kw = {'reduce': c.choice(('sum_along_second_axis', 'no', 'foo'))} \
        if c.int(0, 1) else {}
    return (arr(c, s, dt), arr(c, other_shape(c, s), dt),
            c.choice((1.0, 0.5, 0.0, -1.0))), kw


@gen('contrastive')
def g_contrastive(c):
    B, D = c.choice((2, 3, 2, 0)), side(c, 1)
    dt = c.choice(('float32', 'float64', 'float32', 'int32'))
    x0 = arr(c, (B, D), dt)
    x1 = arr(c, other_shape(c, (B, D)), dt)
    y = arr(c, (B,) if c.int(0, 4) else (B, 1),
            c.choice(('int32', 'int32', 'int32', 'float32')), 0, 1)
    kw = {'reduce': c.choice(('mean', 'no', 'foo'))} if c.int(0, 2) == 0 \
        else {}
    if c.int(0, 3) == 0:
        kw['margin'] = c.choice((1, 0.5, -1))
    return (x0, x1, y), kw


@gen('triplet')
def g_triplet(c):
    B, D = c.choice((2, 3, 0)), side(c)
    dt = fdt(c)
    xs = [arr(c, (B, D), dt), arr(c, (B, D), dt),
          arr(c, other_shape(c, (B, D)), dt)]
    kw = {'reduce': c.choice(('mean', 'no', 'foo'))} if c.int(0, 2) == 0 \
        else {}
    return tuple(xs), kw


@gen('cross_covariance', 'decov')
def g_cross_cov(c):
    s = c.choice(((2, 3), (3, 2), (2, 3, 1), (0, 2), (2,)))
    dt = fdt(c)
    kw = {'reduce': c.choice(('half_squared_sum', 'no', 'foo'))} \
        if c.int(0, 2) == 0 else {}
    return (arr(c, s, dt), arr(c, other_shape(c, s), dt)), kw


def _decov(c):
    (h, _), kw = g_cross_cov(c)
    return (h,), kw


GEN['decov'] = _decov


@gen('black_out')
def g_black_out(c):
    B, D, V, S = c.choice((2, 1, 0)), side(c, 1), 4, c.choice((1, 2))
    dt = c.choice(('float32', 'float64', 'float32', 'int32'))
    x = arr(c, (B, D), dt)
    t = labels(c, (B,), V)
    W = arr(c, (V, D) if c.int(0, 4) else (V, D + 1), dt)
    samples = arr(c, (B, S) if c.int(0, 4) else (B + 1, S), 'int32', 0,
                  V - 1)
    kw = {'reduce': c.choice(('mean', 'no', 'foo'))} if c.int(0, 2) == 0 \
        else {}
    return (x, t, W, samples), kw


@gen('negative_sampling')
def g_neg_sampling(c):
    B, D, V = c.choice((2, 1, 0)), side(c, 1), 4
    dt = c.choice(('float32', 'float64', 'float32', 'int32'))
    x = arr(c, (B, D), dt)
    t = labels(c, (B,), V)
    W = arr(c, (V, D) if c.int(0, 4) else (V, D + 1), dt)
    kw = {'reduce': c.choice(('sum', 'no', 'foo'))} if c.int(0, 2) == 0 \
        else {}
    return (x, t, W, Sampler(V), c.choice((1, 2, 0))), kw


def _seq(c, B, K, dt, decreasing=True):
    n = c.int(0, 3)
    bs = [B] * n
    if n and c.int(0, 1):
        bs = sorted((c.int(1, B) for _ in range(n)), reverse=decreasing)
    return [arr(c, (b, K), dt) for b in bs]


@gen('crf1d', 'argmax_crf1d')
def g_crf1d(c):
    K, B = c.choice((2, 3)), c.choice((2, 1))
    dt = c.choice(('float32', 'float64', 'float32', 'int32'))
    cost = arr(c, (K, K) if c.int(0, 5) else (K, K + 1), dt)
    xs = _seq(c, B, K, dt, bool(c.int(0, 5)))
    ys = [labels(c, (x.shape[0],), K) for x in xs]
    if c.int(0, 6) == 0 and ys:
        ys = ys[:-1]
    kw = {'reduce': c.choice(('mean', 'no', 'foo'))} if c.int(0, 2) == 0 \
        else {}
    return (cost, xs, ys), kw


GEN['argmax_crf1d'] = lambda c: (GEN['crf1d'](c)[0][:2], {})


@gen('connectionist_temporal_classification')
def g_ctc(c):
    B, V, T, L = c.choice((2, 1)), 4, c.choice((3, 4, 1)), c.choice((1, 2))
    dt = c.choice(('float32', 'float64', 'float32', 'int32'))
    x = [arr(c, (B, V), dt) for _ in range(T)]
    t = labels(c, (B, L) if c.int(0, 5) else (B,), V)
    kw = {}
    if c.int(0, 2) == 0:
        kw['reduce'] = c.choice(('mean', 'no', 'foo'))
    if c.int(0, 3) == 0:
        kw['input_length'] = numpy.full((B,), T, 'i')
        kw['label_length'] = numpy.full((B,), L, 'i')
    return (x, t, c.choice((0, 0, 3, 7, -1))), kw


@gen('discriminative_margin_based_clustering_loss')
def g_dmbc(c):
    B, E, H, W = c.choice((1, 2)), c.choice((2, 3)), 2, 3
    x = farr(c, (B, E, H, W))
    lab = arr(c, (B, H, W) if c.int(0, 4) else (B, H),
              c.choice(('int32', 'int32', 'float32')), 0, 2)
    return (x, lab, 0.5, 1.5, E if c.int(0, 3) else c.choice((1, 0))), {}


# ---------------------------------------------------------- noise

@gen('simplified_dropconnect')
def g_dropconnect(c):
    (x, W, b), _ = g_linear(c)
    kw = {}
    if c.int(0, 1):
        kw['ratio'] = c.choice((0.5, 0.0, 1.0, -0.1))
    if c.int(0, 2) == 0:
        kw['train'] = False
    return (x, W, b), kw


# ---------------------------------------------------------- normalization

def _bn_args(c, n_stats=2, extra=()):
    x = _x(c, 1, 4)
    s = getattr(x, 'shape', (2, 3))
    C = s[1] if len(s) > 1 else 1
    dt = x.dtype if x is not None and c.int(0, 4) else fdt(c)
    ps = (C,) if c.int(0, 5) else (C + 1,)
    if c.int(0, 6) == 0:
        ps = s[1:]
    return [x] + [arr(c, ps, dt, 0.5, 2.0) for _ in range(n_stats)]


@gen('batch_normalization')
def g_bn(c):
    args = _bn_args(c)
    kw = {}
    if c.int(0, 2) == 0:
        kw['eps'] = c.choice((2e-5, 0.0, -1.0))
    if c.int(0, 3) == 0:
        kw['axis'] = c.choice((0, (0, 2), 1))
    return tuple(args), kw


@gen('fixed_batch_normalization', 'fixed_batch_renormalization')
def g_fbn(c):
    return tuple(_bn_args(c, 4)), {}


@gen('batch_renormalization')
def g_brn(c):
    args = _bn_args(c, 4)
    kw = {}
    if c.int(0, 5):
        kw = {'running_mean': args.pop(), 'running_var': args.pop()}
    else:
        args = args[:3]
    return tuple(args) + (c.choice((1.0, 3.0)), c.choice((0.0, 5.0))), kw


@gen('layer_normalization')
def g_ln(c):
    B, D = c.choice((2, 1, 0)), side(c)
    x = maybe_none(c, farr(c, c.choice(((B, D), (B, D), (B, D, 2), (D,)))))
    dt = x.dtype if x is not None and c.int(0, 4) else fdt(c)
    ps = (D,) if c.int(0, 5) else (D + 1,)
    return (x, arr(c, ps, dt), arr(c, ps, dt)), {}


@gen('group_normalization')
def g_gn(c):
    x = _img(c, c.choice((0, 1, 2)))
    C = x.shape[1] if x.ndim >= 2 else 2
    g = c.choice((1, 2, 3, 0))
    ps = (C,) if c.int(0, 5) else (C + 1,)
    return (x, g, farr(c, ps, x.dtype), farr(c, ps, x.dtype)), {}


@gen('local_response_normalization')
def g_lrn(c):
    kw = {'n': c.choice((5, 3, 1, 0))} if c.int(0, 2) == 0 else {}
    return (_x(c, 1, 4),), kw


@gen('decorrelated_batch_normalization')
def g_dbn(c):
    s = c.choice(((4, 4), (6, 4, 2), (4, 3), (1, 2), (4, 2, 1, 1), (4,)))
    kw = {'groups': c.choice((1, 2, 3))} if c.int(0, 1) else {}
    return (farr(c, s),), kw


@gen('fixed_decorrelated_batch_normalization')
def g_fdbn(c):
    C = c.choice((2, 4))
    g = c.choice((1, 2, 3))
    x = farr(c, c.choice(((3, C), (3, C, 2), (C,))))
    dt = x.dtype
    cg = C // g if g else C
    mean = arr(c, (g, cg) if c.int(0, 4) else (C + 1,), dt)
    proj = arr(c, (g, cg, cg), dt)
    return (x, mean, proj), {'groups': g}


# ---------------------------------------------------------- rnn

@gen('lstm')
def g_lstm(c):
    B, H = c.choice((2, 1, 0)), c.choice((1, 2))
    dt = fdt(c)
    cp = arr(c, (B, H) if c.int(0, 5) else (B, H + 1), dt)
    x = arr(c, c.choice(((B, 4 * H), (B, 4 * H), (B, 4 * H), (B + 1, 4 * H),
                         (B, 3 * H), (B, 4 * H, 1))),
            dt if c.int(0, 5) else fdt(c))
    return (cp, x), {}


@gen('slstm')
def g_slstm(c):
    B, H = c.choice((2, 1)), c.choice((1, 2))
    dt = fdt(c)
    c1 = arr(c, (B, H), dt)
    c2 = arr(c, (B, H) if c.int(0, 5) else (B, H + 1), dt)
    x1 = arr(c, (B, 4 * H), dt)
    x2 = arr(c, (B, 4 * H) if c.int(0, 5) else (B, 3 * H), dt)
    return (c1, c2, x1, x2), {}


@gen('tree_lstm')
def g_tree_lstm(c):
    B, H, n = c.choice((2, 1)), c.choice((1, 2)), c.choice((1, 2, 3))
    dt = fdt(c)
    cs = [arr(c, (B, H), dt) for _ in range(n)]
    hs = [arr(c, (B, H), dt) for _ in range(n)]
    x = arr(c, (B, (3 + n) * H) if c.int(0, 5) else (B, 4 * H + 1), dt)
    return tuple(cs) + (x,), {}


def _nstep(c, n_w, lstm=False, bi=False):
    L = c.choice((1, 1, 2))
    I, H, B = c.choice((2, 3)), c.choice((1, 2)), c.choice((2, 1))
    dt = c.choice(('float32', 'float32', 'float64', 'int32'))
    D = 2 if bi else 1
    hx = arr(c, (L * D, B, H) if c.int(0, 5) else (L, B, H + 1), dt)
    ws, bs = [], []
    for layer in range(L * D):
        inp = I if layer < D else H * D
        w = [arr(c, (H, inp if i < n_w // 2 else H), dt) for i in range(n_w)]
        if c.int(0, 12) == 0:
            w = w[:-1]
        ws.append(w)
        bs.append([arr(c, (H,), dt) for _ in range(n_w)])
    xs = [arr(c, (b, I if c.int(0, 8) else I + 1), dt)
          for b in sorted([c.int(1, B) for _ in range(c.int(1, 3))],
                          reverse=True)]
    args = [L, c.choice((0.0, 0.0, 0.5)), hx]
    if lstm:
        args.append(arr(c, (L * D, B, H), dt))
    return tuple(args + [ws, bs, xs]), {}


GEN['n_step_lstm'] = lambda c: _nstep(c, 8, True)
GEN['n_step_bilstm'] = lambda c: _nstep(c, 8, True, True)
GEN['n_step_gru'] = lambda c: _nstep(c, 6)
GEN['n_step_bigru'] = lambda c: _nstep(c, 6, False, True)
GEN['n_step_rnn'] = lambda c: _nstep(c, 2)
GEN['n_step_birnn'] = lambda c: _nstep(c, 2, False, True)


# ---------------------------------------------------------- pooling

def _pool_gen(name):
    nd = {'1d': 1, '3d': 3}.get(name[-2:], 2)
    unpool = name.startswith('unpool')

    def g(c):
        d = c.choice((1, 2, 3)) if name.endswith('_nd') else nd
        x = _img(c, d)
        k = c.choice((1, 2, 3, 0, (2, 1)))
        kw = {}
        if c.int(0, 1):
            kw['stride'] = c.choice((None, 1, 2, 0))
        if c.int(0, 1):
            kw['pad'] = c.choice((0, 1, 2, -1))
        if name.startswith('max') and c.int(0, 2) == 0:
            kw['cover_all'] = False
        if unpool and c.int(0, 3) == 0:
            kw['outsize'] = tuple(c.choice((2, 4, 5)) for _ in range(d))
        return (x, k), kw
    return g


for _n in ('average_pooling_2d', 'average_pooling_1d', 'average_pooling_3d',
           'average_pooling_nd', 'max_pooling_1d', 'max_pooling_2d',
           'max_pooling_3d', 'max_pooling_nd', 'unpooling_2d', 'unpooling_1d',
           'unpooling_3d', 'unpooling_nd'):
    GEN[_n] = _pool_gen(_n)


@gen('upsampling_2d')
def g_upsampling(c):
    x = _img(c, 2, 1)
    k = c.choice((2, 1, 3))
    idx = arr(c, x.shape if c.int(0, 5) else x.shape[:-1],
              c.choice(('int32', 'int32', 'float32')), 0, k * k - 1)
    kw = {'outsize': c.choice(((4, 4), (2, 2), (9, 9)))} if c.int(0, 3) == 0 \
        else {}
    return (x, idx, k), kw


def _rois(c, with_index=False):
    R = c.choice((2, 1, 0))
    rng = numpy.random.RandomState(c.int(0, 99))
    r = numpy.sort(rng.uniform(0, 4, (R, 2, 2)), axis=1).reshape(R, 4)
    r = r[:, [0, 2, 1, 3]].astype(c.choice(('float32', 'float32', 'int32')))
    if with_index:
        r = numpy.concatenate([numpy.zeros((R, 1), r.dtype), r], axis=1)
    if c.int(0, 6) == 0:
        r = r[:, :-1]
    return R, r


@gen('roi_average_align_2d', 'roi_average_pooling_2d', 'roi_max_align_2d',
     'roi_max_pooling_2d')
def g_roi(c):
    x = farr(c, (c.choice((1, 2)), 2, 5, 5),
             c.choice(('float32', 'float32', 'float32', 'float64', 'int32')))
    R, rois = _rois(c)
    if c.int(0, 4):
        rois = rois.astype(x.dtype)
    idx = arr(c, (R,) if c.int(0, 5) else (R + 1,),
              c.choice(('int32', 'int32', 'int32', 'float32')), 0,
              x.shape[0] - 1)
    return (x, rois, idx, c.choice((2, (2, 3), (2, 3), 0, (2,))),
            c.choice((1.0, 0.5))), {}


@gen('roi_pooling_2d')
def g_roi_pooling(c):
    x = farr(c, (c.choice((1, 2)), 2, 5, 5), c.choice(FLOATS + ('int32',)))
    R, rois = _rois(c, True)
    if c.int(0, 4):
        rois = rois.astype(x.dtype)
    return (x, rois, c.choice((2, 1, 0)), c.choice((2, 3)), 1.0), {}


@gen('spatial_pyramid_pooling_2d')
def g_spp(c):
    x = _img(c, 2, 1)
    return (x, c.choice((1, 2, 3, 1, 2, 0))), {
        'pooling': c.choice(('max', 'max', 'max', 'max', 'average', None))}


# ---------------------------------------------------------- util

@gen('forget')
def g_forget(c):
    name = c.choice(('tanh', 'add', 'relu', 'sum'))
    n = 2 if name == 'add' else 1
    s = shape(c)
    xs = tuple(farr(c, s if i == 0 or c.int(0, 4) else other_shape(c, s))
               for i in range(n))
    return (FRef(name),) + xs, {}


# ---------------------------------------------------------- golden list

def seed_of(name):
    return zlib.crc32(name.encode('utf-8')) & 0x7fffffff


def golden_inputs(name, n=N_INPUTS):
    """The fixed list of (args, kwargs) fuzz inputs for ``name``."""
    c = RngChooser(seed_of(name))
    return [GEN[name](c) for _ in range(n)]


def run_one(ch, name, args, kwargs):
    try:
        r = call(ch, name, args, kwargs)
    except Exception as e:  # NOQA
        return 'raises {}'.format(type(e).__name__), e
    return 'ok {}'.format(describe_result(r)), None


def main(argv):
    import chainer
    if 'chainer_compat' in getattr(chainer, '__file__', ''):
        sys.exit('make_fuzz_golden.py must run under the real Chainer 7.8.1')
    import warnings
    warnings.simplefilter('ignore')
    names = argv or sorted(GEN)
    out = {}
    if argv and os.path.exists(GOLDEN):
        with open(GOLDEN) as f:
            out = json.load(f)['functions']
    for name in names:
        entries = []
        for args, kwargs in golden_inputs(name):
            numpy.random.seed(0)
            res, e = run_one(chainer, name, args, kwargs)
            entry = {'desc': describe((args, kwargs)), 'result': res}
            if e is not None:
                msg = ' '.join(str(e).split())
                entry['msg'] = msg[:160]
                # The reference environment (numpy 1.26, no SciPy) cannot
                # run these; Chainer's behaviour is unknown: 'env ...'.
                if isinstance(e, ImportError) or 'SciPy' in msg or (
                        isinstance(e, AttributeError)
                        and "module 'numpy' has no attribute" in msg):
                    entry['result'] = 'env ' + type(e).__name__
            entries.append(entry)
        out[name] = entries
        print(name, ' '.join(e['result'].split()[0][0] for e in entries))
    with open(GOLDEN, 'w') as f:
        json.dump({'_versions': {'chainer': chainer.__version__,
                                 'numpy': numpy.__version__,
                                 'python': platform.python_version()},
                   'n_inputs': N_INPUTS, 'functions': out},
                  f, indent=0, sort_keys=True)
    print('wrote', GOLDEN, sum(len(v) for v in out.values()), 'inputs')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
