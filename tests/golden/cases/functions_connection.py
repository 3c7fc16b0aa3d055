"""Golden cases: chainer.functions.connection (F3)."""
import numpy

from tests.golden.cases._f3_util import grads, rand
from tests.golden.registry import case

F64 = ('float32', 'float64')


@case('conv2d_basic', dtypes=F64)
def conv2d_basic(ch, dtype):
    r = numpy.random.RandomState(0)
    x, W, b = rand(r, (2, 3, 5, 6), dtype), rand(r, (4, 3, 3, 2), dtype), \
        rand(r, (4,), dtype)
    return grads(ch, lambda x, W, b: ch.functions.convolution_2d(
        x, W, b, stride=(2, 1), pad=(1, 0)), [x, W, b], double=True)


@case('conv2d_cover_all', dtypes=F64)
def conv2d_cover_all(ch, dtype):
    r = numpy.random.RandomState(1)
    x, W = rand(r, (2, 2, 7, 6), dtype), rand(r, (3, 2, 3, 3), dtype)
    return grads(ch, lambda x, W: ch.functions.convolution_2d(
        x, W, stride=3, pad=1, cover_all=True), [x, W])


@case('conv2d_dilate_groups', dtypes=F64)
def conv2d_dilate_groups(ch, dtype):
    r = numpy.random.RandomState(2)
    x, W, b = rand(r, (2, 4, 7, 7), dtype), rand(r, (6, 2, 2, 3), dtype), \
        rand(r, (6,), dtype)
    return grads(ch, lambda x, W, b: ch.functions.convolution_2d(
        x, W, b, stride=2, pad=2, dilate=(2, 1), groups=2, cover_all=True),
        [x, W, b], double=True)


@case('conv1d', dtypes=F64)
def conv1d(ch, dtype):
    r = numpy.random.RandomState(3)
    x, W, b = rand(r, (2, 3, 9), dtype), rand(r, (4, 3, 3), dtype), \
        rand(r, (4,), dtype)
    return grads(ch, lambda x, W, b: ch.functions.convolution_1d(
        x, W, b, stride=2, pad=1, cover_all=True), [x, W, b])


@case('conv3d_groups', dtypes=F64)
def conv3d_groups(ch, dtype):
    r = numpy.random.RandomState(4)
    x, W, b = rand(r, (1, 4, 4, 5, 4), dtype), \
        rand(r, (2, 2, 2, 2, 3), dtype), rand(r, (2,), dtype)
    return grads(ch, lambda x, W, b: ch.functions.convolution_3d(
        x, W, b, stride=(1, 2, 1), pad=1, dilate=(1, 1, 2), groups=2),
        [x, W, b])


@case('conv_nd_4d', dtypes=F64)
def conv_nd_4d(ch, dtype):
    r = numpy.random.RandomState(5)
    x, W = rand(r, (1, 2, 3, 4, 3, 4), dtype), \
        rand(r, (2, 2, 2, 2, 2, 2), dtype)
    return grads(ch, lambda x, W: ch.functions.convolution_nd(
        x, W, stride=2, pad=1, cover_all=True), [x, W])


@case('deconv2d_outsize', dtypes=F64)
def deconv2d_outsize(ch, dtype):
    r = numpy.random.RandomState(6)
    x, W, b = rand(r, (2, 3, 3, 4), dtype), rand(r, (3, 2, 3, 3), dtype), \
        rand(r, (2,), dtype)
    out = grads(ch, lambda x, W, b: ch.functions.deconvolution_2d(
        x, W, b, stride=2, pad=1, outsize=(6, 8)), [x, W, b], double=True)
    out2 = grads(ch, lambda x, W: ch.functions.deconvolution_2d(
        x, W, stride=3, pad=1), [x, W])
    out.update({'b_' + k: v for k, v in out2.items()})
    out3 = grads(ch, lambda x, W: ch.functions.deconvolution_2d(
        x, W, stride=3, pad=1, outsize=(6, 9)), [x, W])
    out.update({'c_' + k: v for k, v in out3.items()})
    return out


@case('deconv2d_groups_dilate', dtypes=F64)
def deconv2d_groups_dilate(ch, dtype):
    r = numpy.random.RandomState(7)
    x, W = rand(r, (1, 4, 3, 3), dtype), rand(r, (4, 3, 2, 3), dtype)
    return grads(ch, lambda x, W: ch.functions.deconvolution_2d(
        x, W, stride=(2, 1), pad=(0, 1), dilate=2, groups=2), [x, W])


@case('deconv1d_3d', dtypes=F64)
def deconv1d_3d(ch, dtype):
    r = numpy.random.RandomState(8)
    x, W, b = rand(r, (2, 2, 4), dtype), rand(r, (2, 3, 3), dtype), \
        rand(r, (3,), dtype)
    out = grads(ch, lambda x, W, b: ch.functions.deconvolution_1d(
        x, W, b, stride=2, pad=1, outsize=(8,)), [x, W, b])
    x3, W3 = rand(r, (1, 2, 2, 3, 2), dtype), rand(r, (2, 2, 2, 2, 2), dtype)
    o3 = grads(ch, lambda x, W: ch.functions.deconvolution_3d(
        x, W, stride=2, pad=(0, 1, 0)), [x3, W3])
    out.update({'d3_' + k: v for k, v in o3.items()})
    x4, W4 = rand(r, (1, 2, 2, 2, 2, 2), dtype), \
        rand(r, (2, 2, 2, 2, 2, 2), dtype)
    o4 = grads(ch, lambda x, W: ch.functions.deconvolution_nd(
        x, W, stride=2, pad=1, outsize=(3, 2, 3, 3)), [x4, W4])
    out.update({'d4_' + k: v for k, v in o4.items()})
    return out


@case('depthwise_dilated', dtypes=F64)
def depthwise_dilated(ch, dtype):
    r = numpy.random.RandomState(9)
    x, W, b = rand(r, (2, 3, 5, 5), dtype), rand(r, (2, 3, 3, 2), dtype), \
        rand(r, (6,), dtype)
    out = grads(ch, lambda x, W, b: ch.functions.depthwise_convolution_2d(
        x, W, b, stride=2, pad=1), [x, W, b])
    W2 = rand(r, (2, 3, 2, 2), dtype)
    o2 = grads(ch, lambda x, W: ch.functions.dilated_convolution_2d(
        x, W, stride=1, pad=1, dilate=2, cover_all=True), [x, W2])
    out.update({'dil_' + k: v for k, v in o2.items()})
    return out


@case('local_conv2d', dtypes=F64)
def local_conv2d(ch, dtype):
    r = numpy.random.RandomState(10)
    x = rand(r, (2, 3, 5, 5), dtype)
    W = rand(r, (2, 2, 2, 3, 2, 2), dtype)
    b = rand(r, (2, 2, 2), dtype)
    return grads(ch, lambda x, W, b: ch.functions.local_convolution_2d(
        x, W, b, stride=2), [x, W, b])


@case('embed_id', dtypes=F64)
def embed_id(ch, dtype):
    r = numpy.random.RandomState(11)
    W = rand(r, (5, 3), dtype)
    x = numpy.array([[0, 4, -1], [2, 2, 3]], dtype=numpy.int32)
    out = grads(ch, lambda x, W: ch.functions.embed_id(x, W), [x, W],
                const=(0,))
    o2 = grads(ch, lambda x, W: ch.functions.embed_id(x, W, ignore_label=2),
               [x, W], const=(0,), double=True)
    out.update({'ign_' + k: v for k, v in o2.items()})
    return out


@case('linear', dtypes=F64)
def linear(ch, dtype):
    r = numpy.random.RandomState(12)
    x, W, b = rand(r, (2, 3, 2, 2), dtype), rand(r, (5, 4), dtype), \
        rand(r, (5,), dtype)
    out = grads(ch, lambda x, W, b: ch.functions.linear(
        x, W, b, n_batch_axes=2), [x, W, b], double=True)
    W2 = rand(r, (4, 12), dtype)
    o2 = grads(ch, lambda x, W: ch.functions.linear(x, W), [x, W2])
    out.update({'flat_' + k: v for k, v in o2.items()})
    return out


@case('bilinear', dtypes=('float32',))
def bilinear(ch, dtype):
    r = numpy.random.RandomState(13)
    e1, e2 = rand(r, (3, 2, 2), dtype), rand(r, (3, 3), dtype)
    W = rand(r, (4, 3, 2), dtype)
    V1, V2, b = rand(r, (4, 2), dtype), rand(r, (3, 2), dtype), \
        rand(r, (2,), dtype)
    out = grads(ch, lambda *a: ch.functions.bilinear(*a),
                [e1, e2, W, V1, V2, b], double=True)
    o2 = grads(ch, lambda *a: ch.functions.bilinear(*a), [e1, e2, W])
    out.update({'nob_' + k: v for k, v in o2.items()})
    return out


@case('shift', dtypes=F64)
def shift(ch, dtype):
    r = numpy.random.RandomState(14)
    x = rand(r, (2, 11, 4, 5), dtype)
    out = grads(ch, lambda x: ch.functions.shift(x), [x], double=True)
    o2 = grads(ch, lambda x: ch.functions.shift(x, ksize=(3, 1), dilate=2),
               [x])
    out.update({'k31_' + k: v for k, v in o2.items()})
    return out


@case('deformable_conv2d_sampler', dtypes=('float32',))
def deformable_conv2d_sampler(ch, dtype):
    r = numpy.random.RandomState(15)
    x = rand(r, (2, 3, 4, 4), dtype)
    W = rand(r, (2, 3, 2, 2), dtype)
    b = rand(r, (2,), dtype)
    offset = rand(r, (2, 8, 3, 3), dtype, -0.7, 0.7)
    return grads(ch, lambda x, o, W, b:
                 ch.functions.deformable_convolution_2d_sampler(
                     x, o, W, b, stride=1, pad=0),
                 [x, offset, W, b], const=())


@case('conv_deconv_float16', dtypes=('float16',))
def conv_deconv_float16(ch, dtype):
    r = numpy.random.RandomState(16)
    x, W, b = rand(r, (2, 3, 5, 5), dtype), rand(r, (2, 3, 3, 3), dtype), \
        rand(r, (2,), dtype)
    out = grads(ch, lambda x, W, b: ch.functions.convolution_2d(
        x, W, b, stride=2, pad=1), [x, W, b])
    Wd = rand(r, (3, 2, 2, 2), dtype)
    o2 = grads(ch, lambda x, W: ch.functions.deconvolution_2d(
        x, W, stride=2), [x, Wd])
    out.update({'de_' + k: v for k, v in o2.items()})
    e = grads(ch, lambda W: ch.functions.embed_id(
        numpy.array([1, 0, 1], numpy.int32), W), [rand(r, (2, 3), dtype)])
    out.update({'emb_' + k: v for k, v in e.items()})
    lin = grads(ch, ch.functions.linear, [rand(r, (2, 3), dtype),
                                           rand(r, (4, 3), dtype)])
    out.update({'lin_' + k: v for k, v in lin.items()})
    return out
