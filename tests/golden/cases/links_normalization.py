"""Golden cases: normalization links (params, forward, grads, persistents
after a training call, test-mode output)."""
import numpy

from tests.golden.cases import _l1_common as C
from tests.golden.registry import case


def _full(ch, dtype, make, xshape, n_train=2, call=None, test_call=None):
    with ch.using_config('dtype', numpy.dtype(dtype)):
        return _full_body(ch, dtype, make, xshape, n_train, call, test_call)


def _full_body(ch, dtype, make, xshape, n_train, call, test_call):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = make(ch.links)
    out = {}
    for i in range(n_train):
        x = (rng.randn(*xshape) * 2 + 0.5).astype(dtype)
        link.cleargrads()
        o = C.forward_backward(ch, link, [x], rng, call=call)
        for k, v in o.items():
            out['step%d_%s' % (i, k)] = v
        for k, v in C.persistents(link).items():
            out['step%d_%s' % (i, k)] = v
    x = rng.randn(*xshape).astype(dtype)
    with ch.using_config('train', False):
        y = (test_call or (lambda l, v: l(v)))(link, ch.Variable(x))
        out['y_test'] = y.array
        y.grad = rng.randn(*y.shape).astype(dtype)
        link.cleargrads()
        y.backward()
        out.update(C.grads(link, 'gtest_'))
    return out


@case('bn', dtypes=('float16', 'float32', 'float64'))
def bn(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchNormalization(3), (4, 3))


@case('bn_4d', dtypes=('float16', 'float32', 'float64'))
def bn_4d(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchNormalization(
        2, decay=0.8, eps=1e-3), (3, 2, 2, 3))


@case('bn_lazy_axis', dtypes=('float32', 'float64'))
def bn_lazy_axis(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchNormalization(
        axis=(0, 2)), (3, 2, 4))


@case('bn_axis_int', dtypes=('float32', 'float64'))
def bn_axis_int(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchNormalization(
        (3, 2), axis=0), (4, 3, 2))


@case('bn_no_gamma_beta', dtypes=('float32', 'float64'))
def bn_no_gamma_beta(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchNormalization(
        3, use_gamma=False, use_beta=False), (4, 3))


@case('bn_initial', dtypes=('float32', 'float64'))
def bn_initial(ch, dtype):
    I = ch.initializers
    return _full(ch, dtype, lambda L: L.BatchNormalization(
        3, initial_gamma=I.Normal(1.), initial_beta=I.Uniform(1.),
        initial_avg_mean=numpy.arange(3.), initial_avg_var=2.), (5, 3))


@case('bn_finetune', dtypes=('float32', 'float64'))
def bn_finetune(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchNormalization(3), (4, 3),
                 n_train=3, call=lambda l, x: l(x, finetune=True))


@case('bn_batch1', dtypes=('float32', 'float64'))
def bn_batch1(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchNormalization(3), (1, 3, 2))


@case('brn', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4)})
def brn(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchRenormalization(
        3, rmax=1.5, dmax=0.5), (5, 3), n_train=3)


@case('brn_finetune', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4)})
def brn_finetune(ch, dtype):
    return _full(ch, dtype, lambda L: L.BatchRenormalization(2), (4, 2, 3),
                 call=lambda l, x: l(x, finetune=True))


@case('dbn', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4),
           'float64': dict(atol=1e-8, rtol=1e-8)})
def dbn(ch, dtype):
    return _full(ch, dtype, lambda L: L.DecorrelatedBatchNormalization(
        4, groups=2, dtype=dtype), (6, 4))


@case('dbn_4d', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4),
           'float64': dict(atol=1e-8, rtol=1e-8)})
def dbn_4d(ch, dtype):
    return _full(ch, dtype, lambda L: L.DecorrelatedBatchNormalization(
        3, groups=1, dtype=dtype), (2, 3, 2, 3))


@case('group_norm', dtypes=('float16', 'float32', 'float64'))
def group_norm(ch, dtype):
    return _full(ch, dtype, lambda L: L.GroupNormalization(2, 4),
                 (3, 4, 2, 2), n_train=1)


@case('group_norm_lazy', dtypes=('float32', 'float64'))
def group_norm_lazy(ch, dtype):
    I = ch.initializers
    return _full(ch, dtype, lambda L: L.GroupNormalization(
        3, eps=1e-3, initial_gamma=I.Normal(1.), initial_beta=I.One()),
        (2, 6, 3), n_train=1)


@case('layer_norm', dtypes=('float16', 'float32', 'float64'))
def layer_norm(ch, dtype):
    return _full(ch, dtype, lambda L: L.LayerNormalization(4), (3, 4),
                 n_train=1)


@case('layer_norm_lazy', dtypes=('float32', 'float64'))
def layer_norm_lazy(ch, dtype):
    return _full(ch, dtype, lambda L: L.LayerNormalization(
        eps=1e-2, initial_gamma=2., initial_beta=0.5), (3, 5), n_train=1)
