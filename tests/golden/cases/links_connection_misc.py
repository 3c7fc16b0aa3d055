"""Golden cases: non-convolution connection links."""
import numpy

from tests.golden.cases import _l1_common as C
from tests.golden.registry import case


def _link(ch, dtype, make):
    with ch.using_config('dtype', numpy.dtype(dtype)):
        return make(ch.links)


@case('linear', dtypes=('float16', 'float32', 'float64'))
def linear(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Linear(3, 4))
    return C.forward_backward(ch, link, [rng.randn(2, 3).astype(dtype)], rng)


@case('linear_lazy_flatten', dtypes=('float32', 'float64'))
def linear_lazy_flatten(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.Linear(4)
        return C.forward_backward(
            ch, link, [rng.randn(2, 3, 2).astype(dtype)], rng)


@case('linear_n_batch_axes', dtypes=('float32', 'float64'))
def linear_n_batch_axes(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.Linear(None, 3, nobias=True)
        return C.forward_backward(
            ch, link, [rng.randn(2, 3, 4).astype(dtype)], rng,
            call=lambda l, x: l(x, n_batch_axes=2))


@case('linear_lazy_mixed_dtype', dtypes=(None,))
def linear_lazy_mixed_dtype(ch):
    # Chainer's LinearFunction accepts float64 x with a float32 W (no
    # dtype-equality check; the product is cast to x.dtype).
    rng = numpy.random.RandomState(1)
    link = ch.links.Linear(3, nobias=True)
    return C.forward_backward(
        ch, link, [rng.randn(2, 4).astype(numpy.float64)], rng)


@case('embed_id', dtypes=('float16', 'float32', 'float64'))
def embed_id(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.EmbedID(5, 3))
    x = numpy.array([[0, 4, 2], [1, 1, 3]], dtype=numpy.int32)
    return C.forward_backward(ch, link, [x], rng)


@case('embed_id_ignore', dtypes=('float32', 'float64'))
def embed_id_ignore(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.EmbedID(4, 2, ignore_label=-1))
    x = numpy.array([0, -1, 3, -1, 2], dtype=numpy.int32)
    return C.forward_backward(ch, link, [x], rng)


@case('bilinear', dtypes=('float32',))  # Chainer: float32 only
def bilinear(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Bilinear(2, 3, 4))
    return C.forward_backward(
        ch, link, [rng.randn(3, 2).astype(dtype),
                   rng.randn(3, 3).astype(dtype)], rng)


@case('bilinear_nobias', dtypes=('float32',))  # Chainer: float32 only
def bilinear_nobias(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Bilinear(3, 2, 2, nobias=True))
    return C.forward_backward(
        ch, link, [rng.randn(2, 3).astype(dtype),
                   rng.randn(2, 2).astype(dtype)], rng)


@case('bilinear_initial_bias', dtypes=('float32',))  # Chainer: float32 only
def bilinear_initial_bias(ch, dtype):
    rng = numpy.random.RandomState(1)
    I = ch.initializers
    link = _link(ch, dtype, lambda L: L.Bilinear(
        2, 2, 3, initialW=I.Uniform(1.),
        initial_bias=(I.Normal(1.), 0.5, I.One())))
    return C.forward_backward(
        ch, link, [rng.randn(2, 2).astype(dtype),
                   rng.randn(2, 2).astype(dtype)], rng)


@case('highway', dtypes=('float16', 'float32', 'float64'))
def highway(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Highway(3))
    return C.forward_backward(ch, link, [rng.randn(4, 3).astype(dtype)], rng)


@case('highway_tanh_nobias', dtypes=('float32', 'float64'))
def highway_tanh_nobias(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Highway(
        2, nobias=True, activate=ch.functions.tanh))
    return C.forward_backward(ch, link, [rng.randn(3, 2).astype(dtype)], rng)


@case('scale_learnt', dtypes=('float32', 'float64'))
def scale_learnt(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Scale(1, (3,), bias_term=True))
    link.W.array[...] = rng.randn(3)
    link.bias.b.array[...] = rng.randn(3)
    return C.forward_backward(
        ch, link, [rng.randn(2, 3, 2).astype(dtype)], rng)


@case('scale_two_inputs', dtypes=('float32', 'float64'))
def scale_two_inputs(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Scale(
        1, bias_term=True, bias_shape=(3, 2)))
    return C.forward_backward(
        ch, link, [rng.randn(2, 3, 2).astype(dtype),
                   rng.randn(3, 2).astype(dtype)], rng)


@case('bias_learnt', dtypes=('float32', 'float64'))
def bias_learnt(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Bias(1, (3,)))
    link.b.array[...] = rng.randn(3)
    return C.forward_backward(
        ch, link, [rng.randn(2, 3, 2).astype(dtype)], rng)


@case('bias_two_inputs', dtypes=('float32', 'float64'))
def bias_two_inputs(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = _link(ch, dtype, lambda L: L.Bias(axis=0))
    return C.forward_backward(
        ch, link, [rng.randn(2, 3).astype(dtype),
                   rng.randn(2).astype(dtype)], rng)


@case('parameter_link', dtypes=('float32', 'float64'))
def parameter_link(ch, dtype):
    rng = numpy.random.RandomState(1)
    link = ch.links.Parameter(rng.randn(2, 3).astype(dtype))
    return C.forward_backward(ch, link, [], rng)
