"""Golden cases: convolution-family links (init params, forward, grads)."""
import numpy

from tests.golden.cases import _l1_common as C
from tests.golden.registry import case


def _run(ch, dtype, make, xshape, call=None):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = make(ch.links)
        x = rng.randn(*xshape).astype(dtype)
        return C.forward_backward(ch, link, [x], rng, call=call)


@case('conv2d', dtypes=('float16', 'float32', 'float64'))
def conv2d(ch, dtype):
    return _run(ch, dtype, lambda L: L.Convolution2D(
        3, 4, 3, stride=2, pad=1), (2, 3, 5, 6))


@case('conv2d_lazy', dtypes=('float16', 'float32', 'float64'))
def conv2d_lazy(ch, dtype):
    return _run(ch, dtype, lambda L: L.Convolution2D(4, (2, 3)), (2, 3, 4, 5))


@case('conv2d_groups_dilate', dtypes=('float32', 'float64'))
def conv2d_groups_dilate(ch, dtype):
    return _run(ch, dtype, lambda L: L.Convolution2D(
        4, 6, 3, pad=2, nobias=False, dilate=2, groups=2), (2, 4, 5, 5))


@case('conv2d_init', dtypes=('float32', 'float64'))
def conv2d_init(ch, dtype):
    I = ch.initializers
    return _run(ch, dtype, lambda L: L.Convolution2D(
        2, 3, 2, initialW=I.HeUniform(), initial_bias=I.Normal(0.5)),
        (1, 2, 3, 3))


@case('conv2d_nobias', dtypes=('float32', 'float64'))
def conv2d_nobias(ch, dtype):
    return _run(ch, dtype, lambda L: L.Convolution2D(
        None, 3, 3, nobias=True), (2, 2, 4, 4))


@case('conv1d', dtypes=('float16', 'float32', 'float64'))
def conv1d(ch, dtype):
    return _run(ch, dtype, lambda L: L.Convolution1D(
        3, 2, 3, stride=2, pad=1), (2, 3, 7))


@case('conv3d', dtypes=('float32', 'float64'))
def conv3d(ch, dtype):
    return _run(ch, dtype, lambda L: L.Convolution3D(
        2, 2, 2, pad=1), (1, 2, 3, 3, 3))


@case('convnd_lazy_cover_all', dtypes=('float32', 'float64'))
def convnd_lazy_cover_all(ch, dtype):
    return _run(ch, dtype, lambda L: L.ConvolutionND(
        2, 3, 2, stride=2, cover_all=True), (2, 2, 6, 5))


@case('deconv2d', dtypes=('float16', 'float32', 'float64'))
def deconv2d(ch, dtype):
    return _run(ch, dtype, lambda L: L.Deconvolution2D(
        3, 2, 3, stride=2, pad=1), (2, 3, 3, 4))


@case('deconv2d_outsize', dtypes=('float32', 'float64'))
def deconv2d_outsize(ch, dtype):
    return _run(ch, dtype, lambda L: L.Deconvolution2D(
        2, 4, 3, stride=2, pad=1, outsize=(6, 8), groups=2), (1, 2, 3, 4))


@case('deconv2d_lazy', dtypes=('float32', 'float64'))
def deconv2d_lazy(ch, dtype):
    return _run(ch, dtype, lambda L: L.Deconvolution2D(3, 2), (2, 2, 3, 3))


@case('deconv1d', dtypes=('float32', 'float64'))
def deconv1d(ch, dtype):
    return _run(ch, dtype, lambda L: L.Deconvolution1D(
        2, 3, 3, stride=2), (2, 2, 4))


@case('deconv3d', dtypes=('float32', 'float64'))
def deconv3d(ch, dtype):
    return _run(ch, dtype, lambda L: L.Deconvolution3D(
        2, 2, 2, stride=2, outsize=(4, 5, 4)), (1, 2, 2, 2, 2))


@case('deconvnd_lazy', dtypes=('float32', 'float64'))
def deconvnd_lazy(ch, dtype):
    return _run(ch, dtype, lambda L: L.DeconvolutionND(2, 3, 2), (1, 2, 3, 3))


@case('dilated_conv2d', dtypes=('float32', 'float64'))
def dilated_conv2d(ch, dtype):
    return _run(ch, dtype, lambda L: L.DilatedConvolution2D(
        2, 3, 3, pad=2, dilate=2), (2, 2, 5, 5))


@case('dilated_conv2d_lazy', dtypes=('float32', 'float64'))
def dilated_conv2d_lazy(ch, dtype):
    return _run(ch, dtype, lambda L: L.DilatedConvolution2D(
        3, 2, dilate=2), (1, 2, 5, 5))


@case('depthwise_conv2d', dtypes=('float16', 'float32', 'float64'))
def depthwise_conv2d(ch, dtype):
    return _run(ch, dtype, lambda L: L.DepthwiseConvolution2D(
        3, 2, 3, pad=1), (2, 3, 4, 4))


@case('depthwise_conv2d_lazy', dtypes=('float32', 'float64'))
def depthwise_conv2d_lazy(ch, dtype):
    return _run(ch, dtype, lambda L: L.DepthwiseConvolution2D(
        None, 2, 2, stride=2), (1, 2, 4, 4))


@case('deformable_conv2d', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4)})
def deformable_conv2d(ch, dtype):
    I = ch.initializers

    def make(L):
        return L.DeformableConvolution2D(
            2, 3, 2, pad=1, offset_initialW=I.Normal(0.3),
            deform_initialW=I.Normal(0.5))
    return _run(ch, dtype, make, (2, 2, 3, 3))


@case('local_conv2d', dtypes=('float32', 'float64'))
def local_conv2d(ch, dtype):
    return _run(ch, dtype, lambda L: L.LocalConvolution2D(
        2, 3, (4, 4), 2), (2, 2, 4, 4))


@case('local_conv2d_lazy', dtypes=('float32', 'float64'))
def local_conv2d_lazy(ch, dtype):
    return _run(ch, dtype, lambda L: L.LocalConvolution2D(
        None, 2, ksize=2, stride=1, nobias=True), (1, 2, 3, 3))


@case('mlp_conv2d', dtypes=('float32', 'float64'))
def mlp_conv2d(ch, dtype):
    return _run(ch, dtype, lambda L: L.MLPConvolution2D(
        2, (3, 2, 2), 3, pad=1), (2, 2, 3, 3))


@case('mlp_conv2d_lazy', dtypes=('float32', 'float64'))
def mlp_conv2d_lazy(ch, dtype):
    F = ch.functions
    return _run(ch, dtype, lambda L: L.MLPConvolution2D(
        (3, 2), 2, activation=F.tanh), (1, 2, 3, 3))


@case('inception', dtypes=('float32', 'float64'))
def inception(ch, dtype):
    return _run(ch, dtype, lambda L: L.Inception(
        2, 2, 1, 2, 1, 2, 1), (1, 2, 4, 4))


@case('inceptionbn', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4)})
def inceptionbn(ch, dtype):
    out = _run(ch, dtype, lambda L: L.InceptionBN(
        2, 2, 1, 2, 1, 2, 'max', 2), (2, 2, 4, 4))
    return out


@case('inceptionbn_avg_stride', dtypes=('float32', 'float64'),
      tol={'float32': dict(atol=1e-4, rtol=1e-4)})
def inceptionbn_avg_stride(ch, dtype):
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = ch.links.InceptionBN(2, 0, 1, 2, 1, 2, 'avg', 2, stride=2)
    x = rng.randn(3, 2, 4, 4).astype(dtype)
    out = C.forward_backward(ch, link, [x], rng)
    out.update(C.persistents(link))
    with ch.using_config('train', False):
        out['y_test'] = link(x).array
    return out
