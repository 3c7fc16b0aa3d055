"""Golden cases: link hooks (SpectralNormalization, WeightStandardization)."""
import importlib

import numpy

from tests.golden.cases import _l1_common as C
from tests.golden.registry import case


def _LH(ch):
    return importlib.import_module(ch.__name__ + '.link_hooks')


def _sn(ch, dtype, make, xshape, hook_kwargs, n_steps=2):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = make(ch.links)
        return _sn_body(ch, dtype, link, xshape, hook_kwargs, n_steps, rng)


def _sn_body(ch, dtype, link, xshape, hook_kwargs, n_steps, rng):
    hook = _LH(ch).SpectralNormalization(**hook_kwargs)
    link.add_hook(hook)
    out = {}
    for i in range(n_steps):
        x = rng.randn(*xshape).astype(dtype)
        link.cleargrads()
        o = C.forward_backward(ch, link, [x], rng)
        for k, v in o.items():
            out['s%d_%s' % (i, k)] = v
        out['s%d_u' % i] = numpy.array(getattr(link, hook.vector_name))
    with ch.using_config('train', False):
        out['y_test'] = link(rng.randn(*xshape).astype(dtype)).array
    out['u_after_test'] = numpy.array(getattr(link, hook.vector_name))
    out['W_is_param'] = numpy.array(
        isinstance(getattr(link, hook.weight_name), ch.Parameter))
    link.delete_hook(hook.name)
    out['has_u_after_delete'] = numpy.array(hasattr(link, hook.vector_name))
    return out


@case('sn_linear', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4),
           'float64': dict(atol=1e-9, rtol=1e-9)})
def sn_linear(ch, dtype):
    return _sn(ch, dtype, lambda L: L.Linear(3, 4), (2, 3), {})


@case('sn_linear_lazy_gamma', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4),
           'float64': dict(atol=1e-9, rtol=1e-9)})
def sn_linear_lazy_gamma(ch, dtype):
    return _sn(ch, dtype, lambda L: L.Linear(3), (2, 4),
               dict(use_gamma=True, n_power_iteration=2))


@case('sn_conv2d', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4),
           'float64': dict(atol=1e-9, rtol=1e-9)})
def sn_conv2d(ch, dtype):
    return _sn(ch, dtype, lambda L: L.Convolution2D(2, 3, 2), (2, 2, 3, 3),
               dict(factor=2.0))


@case('sn_deconv2d', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4),
           'float64': dict(atol=1e-9, rtol=1e-9)})
def sn_deconv2d(ch, dtype):
    return _sn(ch, dtype, lambda L: L.Deconvolution2D(2, 3, 2), (1, 2, 2, 2),
               dict(use_gamma=True))


@case('sn_embed', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4),
           'float64': dict(atol=1e-9, rtol=1e-9)})
def sn_embed(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.EmbedID(4, 3)
    link.add_hook(_LH(ch).SpectralNormalization())
    x = numpy.array([0, 3, 1], dtype=numpy.int32)
    return C.forward_backward(ch, link, [x], rng)


@case('weight_standardization', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4)})
def weight_standardization(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.Convolution2D(None, 3, 2)
        link.add_hook(_LH(ch).WeightStandardization(eps=1e-3))
        x = rng.randn(2, 2, 3, 3).astype(dtype)
        return C.forward_backward(ch, link, [x], rng)


@case('weight_standardization_linear', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4)})
def weight_standardization_linear(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.Linear(3, 4)
    link.add_hook(_LH(ch).WeightStandardization())
    x = rng.randn(2, 3).astype(dtype)
    return C.forward_backward(ch, link, [x], rng)
