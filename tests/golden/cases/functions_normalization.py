"""Golden cases: chainer.functions.normalization."""
import warnings

import numpy

from tests.golden.cases._f2 import fb, r
from tests.golden.registry import case

FD = ('float16', 'float32', 'float64')
F16_TOL = {'float16': dict(atol=2e-2, rtol=2e-2)}


@case('batch_normalization', dtypes=FD, tol=F16_TOL)
def batch_normalization(ch, dtype):
    F = ch.functions
    out = {}
    x = r((4, 3, 2, 2), dtype, 0)
    g = r((3,), dtype, 1, 0.5, 1.5)
    b = r((3,), dtype, 2)
    rm = r((3,), dtype, 3)
    rv = r((3,), dtype, 4, 0.5, 1.5)
    out.update(fb(ch, lambda x, g, b: F.batch_normalization(
        x, g, b, running_mean=rm, running_var=rv), [x, g, b], double=True))
    out['rm'] = rm
    out['rv'] = rv
    out.update({'e_' + k: v for k, v in fb(
        ch, lambda x, g, b: F.batch_normalization(x, g, b, eps=1e-3,
                                                  decay=0.7),
        [r((5, 3), dtype, 5), g, b]).items()})
    g2 = r((2, 3), dtype, 6, 0.5, 1.5)
    b2 = r((2, 3), dtype, 7)
    out.update({'a_' + k: v for k, v in fb(
        ch, lambda x, g, b: F.batch_normalization(x, g, b, axis=(0, 3)),
        [r((3, 2, 3, 2), dtype, 8), g2, b2]).items()})
    out.update({'a2_' + k: v for k, v in fb(
        ch, lambda x, g, b: F.batch_normalization(x, g, b, axis=1),
        [r((2, 3, 3), dtype, 9), g2, b2]).items()})
    return out


@case('batch_normalization_mixed', dtypes=('float16',), tol=F16_TOL)
def batch_normalization_mixed(ch, dtype):
    F = ch.functions
    x = r((4, 3, 2), dtype, 0)
    g = r((3,), 'float32', 1, 0.5, 1.5)
    b = r((3,), 'float32', 2)
    rm = numpy.zeros(3, 'float32')
    rv = numpy.ones(3, 'float32')
    out = fb(ch, lambda x, g, b: F.batch_normalization(
        x, g, b, running_mean=rm, running_var=rv), [x, g, b])
    out['rm'] = rm
    out['rv'] = rv
    return out


@case('batch_normalization_single', dtypes=('float32',))
def batch_normalization_single(ch, dtype):
    F = ch.functions
    x = r((1, 3), dtype, 0)
    g = r((3,), dtype, 1, 0.5, 1.5)
    b = r((3,), dtype, 2)
    rm = numpy.zeros(3, dtype)
    rv = numpy.ones(3, dtype)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        out = fb(ch, lambda x, g, b: F.batch_normalization(
            x, g, b, running_mean=rm, running_var=rv), [x, g, b])
    out['nwarn'] = numpy.array(len([i for i in w
                                    if issubclass(i.category, UserWarning)]))
    out['rm'] = rm
    out['rv'] = rv
    return out


@case('fixed_batch_normalization', dtypes=FD, tol=F16_TOL)
def fixed_batch_normalization(ch, dtype):
    F = ch.functions
    x = r((4, 3, 2), dtype, 0)
    g = r((3,), dtype, 1, 0.5, 1.5)
    b = r((3,), dtype, 2)
    m = r((3,), dtype, 3)
    v = r((3,), dtype, 4, 0.5, 1.5)
    out = fb(ch, lambda *a: F.fixed_batch_normalization(*a),
             [x, g, b, m, v], double=True)
    out.update({'a_' + k: v for k, v in fb(
        ch, lambda *a: F.fixed_batch_normalization(*a, eps=1e-3, axis=(0, 1)),
        [r((2, 3, 4), dtype), r((4,), dtype, 1, .5, 1.5), r((4,), dtype, 2),
         r((4,), dtype, 3), r((4,), dtype, 4, .5, 1.5)]).items()})
    return out


@case('batch_renormalization', dtypes=('float32', 'float64'))
def batch_renormalization(ch, dtype):
    F = ch.functions
    out = {}
    for i, (rmax, dmax, upd) in enumerate([(1.5, 0.3, True), (1, 0, False),
                                           (3., 2., True)]):
        x = r((5, 3, 2), dtype, 0)
        g = r((3,), dtype, 1, 0.5, 1.5)
        b = r((3,), dtype, 2)
        rm = r((3,), dtype, 3)
        rv = r((3,), dtype, 4, 0.2, 0.6)
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, lambda x, g, b: F.batch_renormalization(
                x, g, b, rmax, dmax, running_mean=rm, running_var=rv,
                update_statistics=upd), [x, g, b]).items()})
        out['%d_rm' % i] = rm
        out['%d_rv' % i] = rv
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        out.update({'f_' + k: v for k, v in fb(
            ch, lambda *a: F.fixed_batch_renormalization(*a),
            [r((4, 3), dtype), r((3,), dtype, 1), r((3,), dtype, 2),
             r((3,), dtype, 3), r((3,), dtype, 4, .5, 1.)]).items()})
    return out


@case('decorrelated_batch_normalization', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=2e-4, rtol=2e-4),
           'float64': dict(atol=1e-8, rtol=1e-8)})
def decorrelated_batch_normalization(ch, dtype):
    F = ch.functions
    x = r((5, 4, 3), dtype, 0)
    rm = numpy.zeros((2, 2), dtype)
    rp = numpy.tile(numpy.eye(2, dtype=dtype), (2, 1, 1))
    out = fb(ch, lambda x: F.decorrelated_batch_normalization(
        x, groups=2, running_mean=rm, running_projection=rp), [x])
    out['rm'] = rm
    out['rp'] = rp
    out.update({'g1_' + k: v for k, v in fb(
        ch, lambda x: F.decorrelated_batch_normalization(x, groups=1,
                                                         eps=1e-3),
        [r((6, 3), dtype, 1)]).items()})
    # fewer samples than channels: repeated eigenvalues (eps)
    out.update({'deg_' + k: v for k, v in fb(
        ch, lambda x: F.decorrelated_batch_normalization(x, groups=1,
                                                         eps=0.5),
        [r((2, 4), dtype, 5)]).items()})
    mean = r((2, 2), dtype, 2)
    proj = r((2, 2, 2), dtype, 3)
    out.update({'f_' + k: v for k, v in fb(
        ch, lambda x: F.fixed_decorrelated_batch_normalization(
            x, mean, proj, groups=2), [r((3, 4, 2), dtype, 4)]).items()})
    return out


@case('group_normalization', dtypes=FD, tol=F16_TOL)
def group_normalization(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda x, g, b: F.group_normalization(x, 2, g, b),
             [r((2, 4, 3), dtype), r((4,), dtype, 1, .5, 1.5),
              r((4,), dtype, 2)], double=True)
    out.update({'e_' + k: v for k, v in fb(
        ch, lambda x, g, b: F.group_normalization(x, 3, g, b, eps=1e-2),
        [r((2, 3, 2, 2), dtype), r((3,), dtype, 1, .5, 1.5),
         r((3,), dtype, 2)]).items()})
    return out


@case('layer_normalization', dtypes=FD, tol=F16_TOL)
def layer_normalization(ch, dtype):
    F = ch.functions
    return fb(ch, lambda x, g, b: F.layer_normalization(x, g, b),
              [r((3, 5), dtype), r((5,), dtype, 1, .5, 1.5),
               r((5,), dtype, 2)], double=True)


@case('normalize', dtypes=FD)
def normalize(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda x: F.normalize(x), [r((3, 4), dtype)], double=True)
    x = r((3, 4, 2), dtype)
    if dtype != 'float16':  # (Chainer's gy / eps overflows in float16)
        x[1] = 0
    out.update({'z_' + k: v for k, v in fb(
        ch, lambda x: F.normalize(x, eps=1e-3, axis=(0, 2)), [x]).items()})
    out.update({'y_' + k: v for k, v in fb(
        ch, lambda x: F.normalize(x, axis=-1), [x]).items()})
    return out


@case('local_response_normalization', dtypes=FD)
def local_response_normalization(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda x: F.local_response_normalization(x),
             [r((2, 7, 2, 2), dtype, 0, -3, 3)])
    out.update({'p_' + k: v for k, v in fb(
        ch, lambda x: F.local_response_normalization(x, 3, 1, 1e-2, 0.5),
        [r((2, 4, 3), dtype, 1, -3, 3)]).items()})
    out.update({'w_' + k: v for k, v in fb(
        ch, lambda x: F.local_response_normalization(x, 9, 2, 1e-1),
        [r((1, 3), dtype, 2, -3, 3)]).items()})
    return out
