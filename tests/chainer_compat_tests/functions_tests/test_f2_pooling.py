"""F2 pooling: Chainer's output-size arithmetic, tie-breaking, indices."""
import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat.utils import get_conv_outsize
from chainer_compat.utils import type_check


@pytest.mark.parametrize('h,k,s,p,cover_all', [
    (5, 2, 2, 0, True), (5, 2, 2, 0, False), (7, 3, 2, 1, True),
    (4, 2, 3, 2, True), (6, 3, 1, 1, False), (5, 3, 3, 2, True)])
def test_max_pooling_output_size_is_get_conv_outsize(h, k, s, p, cover_all):
    x = numpy.random.RandomState(0).randn(1, 1, h, h).astype(numpy.float32)
    y = F.max_pooling_2d(x, k, s, p, cover_all=cover_all)
    o = get_conv_outsize(h, k, s, p, cover_all)
    assert y.shape == (1, 1, o, o)


def test_max_pooling_default_cover_all_true_and_stride_ksize():
    x = numpy.zeros((1, 1, 5, 5), numpy.float32)
    assert F.max_pooling_2d(x, 2).shape == (1, 1, 3, 3)  # torch: 2 x 2
    assert F.average_pooling_2d(x, 2).shape == (1, 1, 2, 2)


def test_max_pooling_ties_pick_first_in_window_order():
    x = chainer.Variable(numpy.ones((1, 1, 2, 2), numpy.float32))
    y = F.max_pooling_2d(x, 2)
    y.grad = numpy.ones((1, 1, 1, 1), numpy.float32)
    y.backward()
    numpy.testing.assert_array_equal(x.grad[0, 0], [[1, 0], [0, 0]])


def test_return_indices_is_window_local_ndarray():
    x = numpy.array([[[[1, 5, 2], [7, 3, 9], [4, 8, 6]]]], numpy.float32)
    y, ind = F.max_pooling_2d(x, 2, 1, 0, return_indices=True)
    assert isinstance(ind, numpy.ndarray)
    numpy.testing.assert_array_equal(y.array[0, 0], [[7, 9], [8, 9]])
    numpy.testing.assert_array_equal(ind[0, 0], [[2, 3], [3, 1]])
    up = F.upsampling_2d(y, ind, 2, 1, 0, outsize=(3, 3))
    numpy.testing.assert_array_equal(
        up.array[0, 0], [[0, 0, 0], [7, 0, 18], [0, 8, 0]])


def test_average_pooling_counts_padding_unless_pad_value_none():
    x = numpy.ones((1, 1, 2, 2), numpy.float32)
    y = F.average_pooling_2d(x, 2, 2, 1)
    numpy.testing.assert_allclose(y.array[0, 0], [[.25, .25], [.25, .25]])
    y = F.average_pooling_nd(x, 2, 2, 1, pad_value=None)
    numpy.testing.assert_allclose(y.array[0, 0], [[1, 1], [1, 1]])
    with pytest.raises(ValueError):
        F.average_pooling_nd(x, 2, pad_value=1)


def test_pooling_type_checks():
    with pytest.raises(type_check.InvalidType) as e:
        F.max_pooling_2d(numpy.zeros((1, 1, 2, 2), numpy.int32), 2)
    assert ('Expect: in_types[0].dtype.kind == f\nActual: i != f'
            in str(e.value))
    with pytest.raises(ValueError):
        F.max_pooling_2d(numpy.zeros((1, 1, 2), numpy.float32), 2)
    with pytest.raises(ValueError):
        F.average_pooling_3d(numpy.zeros((1, 1, 2, 2), numpy.float32), 2)


def test_unpooling_is_transpose_of_sum_pooling():
    x = numpy.arange(4, dtype=numpy.float32).reshape(1, 1, 2, 2)
    y = F.unpooling_2d(x, 2, cover_all=False)
    numpy.testing.assert_array_equal(
        y.array[0, 0], numpy.kron(x[0, 0], numpy.ones((2, 2))))
    # Chainer's default cover_all=True: get_deconv_outsize(2, 2, 2, 0) = 3
    assert F.unpooling_2d(x, 2).shape == (1, 1, 3, 3)
    assert F.unpooling_2d(x, 3, 2, 1).shape == (1, 1, 2, 2)
    assert F.unpooling_2d(x, 3, 2, 1, cover_all=False).shape == (1, 1, 3, 3)


def test_spatial_pyramid_pooling_requires_max():
    x = numpy.zeros((1, 2, 4, 4), numpy.float32)
    assert F.spatial_pyramid_pooling_2d(x, 3, 'max').shape == (1, 42, 1, 1)
    with pytest.raises(ValueError):
        F.spatial_pyramid_pooling_2d(x, 2)


def test_roi_argument_checks():
    x = numpy.zeros((1, 1, 4, 4), numpy.float32)
    rois = numpy.array([[0, 0, 3, 3]], numpy.float32)
    idx = numpy.array([0], numpy.int32)
    assert F.roi_max_pooling_2d(x, rois, idx, 2, 1.).shape == (1, 1, 2, 2)
    with pytest.raises(TypeError):
        F.roi_max_pooling_2d(x, rois, idx, 0, 1.)
    with pytest.raises(TypeError):
        F.roi_average_align_2d(x, rois, idx, 2, 1., sampling_ratio=0)
    with pytest.raises(type_check.InvalidType):
        F.roi_average_align_2d(x.astype(numpy.float64), rois, idx, 2, 1.)
    with pytest.raises(type_check.InvalidType):
        F.roi_max_pooling_2d(x, rois, idx.astype(numpy.int64), 2, 1.)


# ---- fuzz regressions (issue #4): Chainer 7.8.1's CPU geometry ----------

def test_average_pooling_2d_accepts_zero_size_input():
    # AveragePooling2D has no ``size > 0`` check (AveragePoolingND has)
    x = numpy.zeros((0, 2, 4, 3), numpy.float32)
    assert F.average_pooling_2d(x, 2).shape == (0, 2, 2, 1)
    with pytest.raises(type_check.InvalidType):
        F.average_pooling_nd(x, 2)


def test_pooling_negative_pad_is_numpy_value_error():
    x = numpy.ones((1, 1, 5, 5), numpy.float32)
    for f in (F.average_pooling_2d, F.average_pooling_nd, F.max_pooling_2d):
        with pytest.raises(ValueError, match="can't contain negative"):
            f(x, 2, pad=-1)


def test_average_pooling_2d_empty_output_is_assertion_error():
    x = numpy.ones((1, 1, 4, 3), numpy.float32)
    with pytest.raises(AssertionError, match='Width in the output'):
        F.average_pooling_2d(x, 2, pad=-1)


@pytest.mark.parametrize('f,shape,args,kw,out', [
    (F.unpooling_1d, (0, 1, 3), (2,), {}, (0, 1, 5)),
    (F.unpooling_3d, (0, 2, 5, 1, 1), (2,), dict(pad=2, stride=1),
     (0, 2, 2, 0, 0)),
    (F.unpooling_nd, (1, 1, 3), (1,), dict(pad=2), (1, 1, 0)),
    (F.unpooling_2d, (1, 3, 1, 5), (2,), dict(pad=2), (1, 3, 0, 5)),
    (F.unpooling_2d, (0, 3, 4, 4), (3,), dict(pad=-1), (0, 3, 0, 0)),
    (F.unpooling_2d, (2, 2, 5, 5), (2,), dict(pad=-1), (2, 2, 1, 1)),
])
def test_unpooling_degenerate_shapes_as_chainer(f, shape, args, kw, out):
    x = numpy.ones(shape, numpy.float32)
    assert f(x, *args, **kw).shape == out


def test_unpooling_2d_zero_height_divides_by_zero():
    # Chainer's integer-scale test computes ``outh % (h - ph)``
    with pytest.raises(ZeroDivisionError):
        F.unpooling_2d(numpy.ones((1, 2, 0, 5), numpy.float32), 2)


def test_unpooling_2d_integer_scale_path_values():
    # k = s = 3, pad = 2: Chainer repeats x[1:-1] 3 x 3 times (its
    # integer-scale path), not the col2im result
    x = numpy.arange(16, dtype=numpy.float32).reshape(1, 1, 4, 4)
    y = F.unpooling_2d(x, 3, pad=2).array
    expect = numpy.repeat(numpy.repeat(x[:, :, 1:3, 1:3], 3, 2), 3, 3)
    numpy.testing.assert_array_equal(y, expect)


def test_upsampling_2d_index_errors_as_numpy():
    x = numpy.ones((1, 1, 4, 1), numpy.float32)
    with pytest.raises(IndexError, match='integer'):
        F.upsampling_2d(x, numpy.zeros((1, 1, 4, 1), numpy.float32), 3)
    with pytest.raises(IndexError, match='out of bounds'):
        F.upsampling_2d(x, numpy.full((1, 1, 4, 1), 9, numpy.int32), 3)
    # a negative index counts from the end of the window, as in numpy
    y1 = F.upsampling_2d(x, numpy.full((1, 1, 4, 1), -1, numpy.int32), 3)
    y2 = F.upsampling_2d(x, numpy.full((1, 1, 4, 1), 8, numpy.int32), 3)
    numpy.testing.assert_array_equal(y1.array, y2.array)
