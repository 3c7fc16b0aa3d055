"""F3 unit tests: connection functions (errors, shapes, dtypes)."""
import numpy
import pytest

import chainer_compat as ch
import chainer_compat.functions as F
from chainer_compat.utils import type_check


def _r(*shape, dtype=numpy.float32):
    return numpy.random.RandomState(0).randn(*shape).astype(dtype)


def test_conv2d_invalid_dtype_message():
    with pytest.raises(type_check.InvalidType) as e:
        F.convolution_2d(_r(1, 2, 3, 3).astype(numpy.int32), _r(1, 2, 2, 2))
    msg = str(e.value)
    assert 'Convolution2DFunction (Forward)' in msg
    assert 'in_types[0].dtype.kind == f' in msg


def test_conv2d_channel_mismatch():
    with pytest.raises(type_check.InvalidType) as e:
        F.convolution_2d(_r(1, 3, 4, 4), _r(2, 2, 2, 2))
    assert 'in_types[0].shape[1] == in_types[1].shape[1] * 1' in str(e.value)


def test_conv2d_cover_all_shape():
    x, W = _r(1, 1, 7, 7), _r(1, 1, 3, 3)
    assert F.convolution_2d(x, W, stride=3).shape == (1, 1, 2, 2)
    assert F.convolution_2d(x, W, stride=3, cover_all=True).shape == \
        (1, 1, 3, 3)


def test_conv2d_rejects_deterministic_kwarg():
    with pytest.raises(ValueError):
        F.convolution_2d(_r(1, 1, 3, 3), _r(1, 1, 2, 2), deterministic=True)


def test_conv2d_cudnn_fast_on_cpu():
    with pytest.raises(RuntimeError):
        F.convolution_2d(_r(1, 1, 3, 3), _r(1, 1, 2, 2), cudnn_fast=True)


def test_conv2d_float16():
    y = F.convolution_2d(_r(1, 2, 4, 4, dtype=numpy.float16),
                         _r(3, 2, 2, 2, dtype=numpy.float16))
    assert y.dtype == numpy.float16


def test_conv_1d_wrong_ndim():
    with pytest.raises(ValueError):
        F.convolution_1d(_r(1, 1, 3, 3), _r(1, 1, 2, 2))


def test_deconv_outsize_checked():
    x, W = _r(1, 2, 3, 3), _r(2, 1, 3, 3)
    assert F.deconvolution_2d(x, W, stride=2).shape == (1, 1, 7, 7)
    assert F.deconvolution_2d(x, W, stride=2, outsize=(8, 8)).shape == \
        (1, 1, 8, 8)
    with pytest.raises(type_check.InvalidType):
        F.deconvolution_2d(x, W, stride=2, outsize=(10, 10))


def test_deconv_matches_conv_adjoint():
    # <conv(x, W), y> == <x, deconv(y, W)>
    x, W = _r(1, 2, 5, 5), _r(3, 2, 3, 3)
    y = numpy.random.RandomState(1).randn(1, 3, 2, 2).astype(numpy.float32)
    a = (F.convolution_2d(x, W, stride=2).array * y).sum()
    b = (x * F.deconvolution_2d(y, W, stride=2, outsize=(5, 5)).array).sum()
    numpy.testing.assert_allclose(a, b, rtol=1e-4)


def test_embed_id_ignore_label_zero_row_and_grad():
    W = ch.Variable(_r(4, 3))
    x = numpy.array([1, 2, 2, 0], numpy.int32)
    y = F.embed_id(x, W, ignore_label=2)
    assert (y.array[1:3] == 0).all()
    y.grad = numpy.ones_like(y.array)
    y.backward()
    assert (W.grad[2] == 0).all()
    assert (W.grad[1] == 1).all()


def test_embed_id_negative_wraps():
    W = _r(4, 3)
    y = F.embed_id(numpy.array([-1], numpy.int32), W)
    numpy.testing.assert_array_equal(y.array[0], W[-1])


def test_embed_id_float_ids_rejected():
    with pytest.raises(type_check.InvalidType):
        F.embed_id(numpy.array([0.0], numpy.float32), _r(2, 2))


def test_embed_id_int64_accepted():
    y = F.embed_id(numpy.array([1], numpy.int64), _r(2, 2))
    assert y.shape == (1, 2)


def test_bilinear_float32_only():
    with pytest.raises(type_check.InvalidType):
        F.bilinear(_r(2, 2, dtype=numpy.float64),
                   _r(2, 2, dtype=numpy.float64),
                   _r(2, 2, 2, dtype=numpy.float64))


def test_bilinear_partial_params():
    with pytest.raises(ValueError):
        F.bilinear(_r(2, 2), _r(2, 2), _r(2, 2, 2), V1=_r(2, 2))


def test_shift_odd_ksize():
    with pytest.raises(ValueError):
        F.shift(_r(1, 9, 3, 3), ksize=2)


def test_shift_center_group_unshifted():
    x = _r(1, 9, 4, 4)
    y = F.shift(x).array
    # centre group is moved to the last channel slot: channel 4 -> shifted,
    # the last group (index 8) holds the centre offset (no shift)
    numpy.testing.assert_array_equal(y[0, 8], x[0, 8])


def test_linear_n_batch_axes():
    y = F.linear(_r(2, 3, 4), _r(5, 4), n_batch_axes=2)
    assert y.shape == (2, 3, 5)
    with pytest.raises(ValueError):
        F.linear(_r(2, 3), _r(5, 3), n_batch_axes=0)


def test_deformable_offset_shape():
    with pytest.raises(ValueError):
        F.deformable_convolution_2d_sampler(
            _r(1, 1, 4, 4), _r(1, 4, 3, 3), _r(1, 1, 2, 2))


def test_depthwise_output_channels():
    y = F.depthwise_convolution_2d(_r(1, 3, 4, 4), _r(2, 3, 2, 2))
    assert y.shape == (1, 6, 3, 3)


# ---- fuzz-leak regressions (shapes / error classes as in Chainer 7.8.1)

def test_conv_nd_zero_size_spatial_input_padded():
    # Chainer pads with numpy first: output = bias only
    b = _r(1)
    y = F.convolution_nd(_r(2, 1, 0), _r(1, 1, 1), b, pad=1)
    assert y.shape == (2, 1, 2)
    numpy.testing.assert_array_equal(y.array, numpy.broadcast_to(
        b[None, :, None], (2, 1, 2)))


def test_conv2d_zero_input_channels_keeps_out_channels():
    y = F.convolution_2d(_r(1, 0, 3, 3), _r(1, 0, 2, 3))
    assert y.shape == (1, 1, 2, 1)
    assert not y.array.any()


@pytest.mark.parametrize('f, x, W, kw', [
    (F.convolution_1d, (1, 2, 0), (1, 2, 3), dict(pad=-1, stride=-1)),
    (F.convolution_nd, (2, 2, 5, 4), (3, 2, 1, 2),
     dict(cover_all=True, pad=-1, stride=-1)),
    (F.convolution_2d, (1, 2, 5, 5), (3, 2, 2, 2), dict(pad=-1)),
    (F.depthwise_convolution_2d, (1, 2, 2, 3), (1, 2, 3, 3),
     dict(stride=-1)),
])
def test_conv_negative_pad_or_stride_value_error(f, x, W, kw):
    # numpy.pad's "index can't contain negative values" in Chainer
    with pytest.raises(ValueError):
        f(_r(*x), _r(*W), **kw)


@pytest.mark.parametrize('x, W, b', [
    ((1, 1, 1), (1, 1, 2), (2,)),       # non-broadcastable output operand
    ((1, 3, 4), (3, 2, 1), (3,)),       # operands could not be broadcast
    ((1, 2, 3), (2, 1, 2), (0,)),
])
def test_deconv_nd_bias_size_mismatch(x, W, b):
    with pytest.raises(ValueError):
        F.deconvolution_nd(_r(*x), _r(*W), _r(*b))


def test_deconv_bias_size_one_broadcasts_and_grouped_reshape_error():
    assert F.deconvolution_nd(_r(1, 2, 3), _r(2, 3, 2), _r(1)).shape == \
        (1, 3, 4)
    with pytest.raises(ValueError):
        F.deconvolution_nd(_r(1, 2, 3), _r(2, 1, 2), _r(1), groups=2)


def test_deconv2d_zero_size_spatial_input():
    b = _r(2)
    y = F.deconvolution_2d(_r(2, 2, 0, 3), _r(2, 2, 3, 1), b)
    assert y.shape == (2, 2, 2, 3)
    numpy.testing.assert_array_equal(y.array, numpy.broadcast_to(
        b[None, :, None, None], (2, 2, 2, 3)))


def test_deconv_negative_pad_follows_chainer_col2im():
    # Chainer sums into an image of out + 2p + s - 1 and crops p:out + p
    # with numpy slicing (a negative start wraps)
    x, W = _r(1, 1, 3, 4), _r(1, 3, 2, 2)
    full = F.deconvolution_2d(x, W).array            # (1, 3, 4, 5)
    y = F.deconvolution_2d(x, W, pad=-1)
    assert y.shape == (1, 3, 1, 1)
    numpy.testing.assert_allclose(y.array, full[:, :, 3:4, 4:5], rtol=1e-5)
    assert F.deconvolution_nd(_r(2, 1, 3, 4, 3), _r(1, 3, 2, 2, 1),
                              pad=-1).shape == (2, 3, 1, 1, 1)
    with pytest.raises(ValueError):     # negative dimensions
        F.deconvolution_nd(_r(1, 2, 3, 0), _r(2, 3, 1, 3), pad=-1,
                           stride=-1)


def test_deconv_zero_stride_errors():
    x, W = _r(1, 1, 3, 4), _r(1, 3, 2, 2)
    with pytest.raises(ZeroDivisionError):      # _set_cover_all
        F.deconvolution_nd(x, W, stride=0)
    with pytest.raises(ValueError):             # slice step cannot be zero
        F.deconvolution_2d(x, W, stride=0)


def test_im2col_negative_pad_and_zero_dilate():
    with pytest.raises(ValueError):
        F.im2col(_r(1, 3, 4, 5), 1, pad=-1)
    with pytest.raises(AssertionError):
        F.im2col(_r(1, 2, 3, 4), 7)
    x = _r(1, 2, 3, 4)
    y = F.im2col(x, 2, dilate=0)        # every tap at the same place
    assert y.shape == (1, 8, 3, 4)
    y = y.array.reshape(1, 2, 4, 3, 4)
    for k in range(4):
        numpy.testing.assert_array_equal(y[:, :, k], x)


def test_local_conv_windows_beyond_border():
    with pytest.raises(ValueError):     # empty window: broadcast error
        F.local_convolution_2d(_r(2, 2, 4, 5), _r(4, 5, 2, 2, 1, 1))
    with pytest.raises(ValueError):     # cut window: reshape error
        F.local_convolution_2d(_r(1, 2, 3, 2), _r(2, 1, 2, 2, 2, 2))
    y = F.local_convolution_2d(_r(0, 1, 1, 2), _r(0, 1, 2, 1, 2, 2))
    assert y.shape == (0, 0, 1, 2)


def test_local_conv_zero_stride_uses_first_window():
    x, W = _r(2, 1, 3, 3), _r(2, 2, 2, 1, 2, 2)
    y = F.local_convolution_2d(x, W, stride=0).array
    expect = numpy.einsum('ncuv,oijcuv->noij', x[:, :, :2, :2], W)
    numpy.testing.assert_allclose(y, expect, rtol=1e-5)


def test_bilinear_zero_batch():
    y = F.bilinear(_r(0, 3), _r(0, 3), _r(3, 3, 2))
    assert y.shape == (0, 2) and y.dtype == numpy.float32
    with pytest.raises(ValueError):     # numpy reshape(0, -1)
        F.bilinear(_r(0, 3, 1), _r(0, 3), _r(3, 3, 1))


def test_deformable_sampler_chainer_checks():
    off, W = _r(2, 8, 3, 4), _r(2, 3, 2, 2)
    with pytest.raises(type_check.InvalidType) as e:
        F.deformable_convolution_2d_sampler(
            _r(2, 3, 4, 5).astype(numpy.int32), off, W)
    assert 'Pad (Forward)' in str(e.value)
    with pytest.raises(type_check.InvalidType) as e:
        F.deformable_convolution_2d_sampler(_r(2, 3, 4, 5), off, W,
                                            _r(2, dtype=numpy.float64))
    assert 'lhs.dtype == rhs.dtype' in str(e.value)
    with pytest.raises(ValueError):
        F.deformable_convolution_2d_sampler(_r(0, 3, 4, 5), _r(0, 8, 3, 4),
                                            W)
    y = F.deformable_convolution_2d_sampler(_r(2, 3, 4, 5), off,
                                            W.astype(numpy.float64))
    assert y.dtype == numpy.float64
