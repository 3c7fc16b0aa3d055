"""Golden cases: activation links."""
import numpy

from tests.golden.cases import _l1_common as C
from tests.golden.registry import case


def _run(ch, dtype, make, inputs_fn, call=None):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = make(ch.links)
        return C.forward_backward(ch, link, inputs_fn(rng), rng, call=call)


@case('maxout', dtypes=('float16', 'float32', 'float64'))
def maxout(ch, dtype):
    return _run(ch, dtype, lambda L: L.Maxout(3, 2, 3),
                lambda r: [r.randn(4, 3).astype(dtype)])


@case('maxout_init', dtypes=('float32', 'float64'))
def maxout_init(ch, dtype):
    I = ch.initializers
    W = numpy.random.RandomState(5).randn(2, 2, 3).astype(dtype)
    b = numpy.random.RandomState(6).randn(2, 2).astype(dtype)
    out = _run(ch, dtype, lambda L: L.Maxout(3, 2, 2, initialW=W,
                                             initial_bias=b),
               lambda r: [r.randn(2, 3).astype(dtype)])
    out2 = _run(ch, dtype, lambda L: L.Maxout(
        3, 2, 2, initialW=I.GlorotNormal(), initial_bias=None),
        lambda r: [r.randn(2, 3).astype(dtype)])
    out.update({'b_' + k: v for k, v in out2.items()})
    return out


@case('prelu', dtypes=('float16', 'float32', 'float64'))
def prelu(ch, dtype):
    return _run(ch, dtype, lambda L: L.PReLU(),
                lambda r: [r.randn(3, 4).astype(dtype)])


@case('prelu_shape', dtypes=('float32', 'float64'))
def prelu_shape(ch, dtype):
    return _run(ch, dtype, lambda L: L.PReLU((3,), init=0.1),
                lambda r: [r.randn(2, 3, 2).astype(dtype)])


@case('swish', dtypes=('float16', 'float32', 'float64'))
def swish(ch, dtype):
    return _run(ch, dtype, lambda L: L.Swish((3,), beta_init=0.7),
                lambda r: [r.randn(2, 3).astype(dtype)])


@case('swish_lazy', dtypes=('float32', 'float64'))
def swish_lazy(ch, dtype):
    return _run(ch, dtype, lambda L: L.Swish(None),
                lambda r: [r.randn(2, 3, 2).astype(dtype)])


@case('simplified_dropconnect', dtypes=('float32', 'float64'))
def simplified_dropconnect(ch, dtype):
    return _run(ch, dtype, lambda L: L.SimplifiedDropconnect(3, 2, 0.4),
                lambda r: [r.randn(4, 3).astype(dtype)])


@case('simplified_dropconnect_mask', dtypes=('float32', 'float64'))
def simplified_dropconnect_mask(ch, dtype):
    rng = numpy.random.RandomState(3)
    mask = (rng.rand(2, 2, 3) > 0.5).astype(dtype)
    out = _run(ch, dtype, lambda L: L.SimplifiedDropconnect(None, 2),
               lambda r: [r.randn(2, 3).astype(dtype)],
               call=lambda l, x: l(x, mask=mask))
    return out


@case('simplified_dropconnect_test', dtypes=('float32', 'float64'))
def simplified_dropconnect_test(ch, dtype):
    with ch.using_config('train', False):
        return _run(ch, dtype, lambda L: L.SimplifiedDropconnect(3, 2),
                    lambda r: [r.randn(4, 3).astype(dtype)])
