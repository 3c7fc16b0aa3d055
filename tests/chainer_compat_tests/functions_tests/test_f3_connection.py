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
