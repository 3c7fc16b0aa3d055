"""F2 array functions: NumPy semantics, labels, errors, dtype rules."""
import numpy
import pytest
import torch

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat.utils import type_check


def _grad_of(fn, x, gy_seed=0):
    v = chainer.Variable(x.copy())
    y = fn(v)
    gy = numpy.random.RandomState(gy_seed).randn(*y.shape).astype(x.dtype)
    y.grad = gy
    y.backward()
    return y.array, v.grad, gy


INDICES = [
    0, -1, slice(None, None, -1), (slice(1, None, -2), Ellipsis),
    (Ellipsis, slice(None, 0, -1)), (None, 1, Ellipsis, None),
    [1, 0, 1], [[0, 1], [1, 1]], (numpy.array([0, -1]),),
    (slice(None), [2, 2, 0]), (1, slice(None), [0, 0, 3]),
    ([0, 1], slice(None, None, -1), [3, 1]),
    numpy.array([True, False]), (numpy.array([[True, False, True],
                                              [False, True, True]]),),
    (Ellipsis, numpy.array(2)), (0, slice(0, 2), numpy.array(-1)),
    (numpy.array([], dtype=bool),), ([],),
]


@pytest.mark.parametrize('idx', INDICES, ids=[str(i) for i in range(
    len(INDICES))])
def test_get_item_matches_numpy_and_add_at(idx):
    x = numpy.arange(24, dtype=numpy.float64).reshape(2, 3, 4)
    y, gx, gy = _grad_of(lambda v: F.get_item(v, idx), x)
    key = (idx,) if isinstance(idx, list) and all(
        isinstance(i, int) for i in idx) else idx
    if isinstance(key, list):
        key = tuple(key)
    expect = x[key]
    numpy.testing.assert_array_equal(y, expect)
    g = numpy.zeros_like(x)
    numpy.add.at(g, key, gy)
    numpy.testing.assert_array_equal(gx, g)


def test_variable_getitem_routes_to_get_item():
    v = chainer.Variable(numpy.arange(6.).reshape(2, 3))
    y = v[::-1, [0, 0]]
    assert y.creator.label == 'GetItem'
    numpy.testing.assert_array_equal(
        y.array, numpy.arange(6.).reshape(2, 3)[::-1, [0, 0]])


def test_split_axis_is_numpy_split_not_torch_split():
    x = numpy.arange(12.).reshape(2, 6)
    ys = F.split_axis(x, 3, 1)  # 3 sections (torch: chunks of size 3)
    assert [y.shape for y in ys] == [(2, 2)] * 3
    ys = F.split_axis(x, [1, 4], 1)  # indices (torch: sizes)
    assert [y.shape for y in ys] == [(2, 1), (2, 3), (2, 2)]
    y = F.split_axis(x, 1, 0, force_tuple=False)
    assert isinstance(y, chainer.Variable)
    assert isinstance(F.split_axis(x, 1, 0), tuple)
    with pytest.raises(type_check.InvalidType):
        F.split_axis(x, 4, 1)


def test_concat_default_axis_is_1_and_no_promotion():
    a = numpy.zeros((2, 3), numpy.float32)
    assert F.concat([a, a]).shape == (2, 6)
    with pytest.raises(type_check.InvalidType) as e:
        F.concat([a, a.astype(numpy.float64)])
    assert 'Invalid operation is performed in: Concat (Forward)' in str(
        e.value)
    assert ('Expect: in_types[0].dtype == in_types[1].dtype\n'
            'Actual: float32 != float64') in str(e.value)
    with pytest.raises(TypeError):
        F.concat([a, a], axis=1.)


def test_transpose_reverses_all_axes_by_default():
    x = numpy.zeros((2, 3, 4))
    assert F.transpose(x).shape == (4, 3, 2)
    assert F.transpose(x, (1, 0, 2)).shape == (3, 2, 4)
    assert F.transpose(chainer.Variable(x)).creator.label == 'Transpose'


def test_repeat_is_numpy_repeat_and_tile_is_numpy_tile():
    x = numpy.arange(6.).reshape(2, 3)
    numpy.testing.assert_array_equal(F.repeat(x, 2).array,
                                     numpy.repeat(x, 2))
    numpy.testing.assert_array_equal(F.repeat(x, (1, 0, 2), 1).array,
                                     numpy.repeat(x, (1, 0, 2), 1))
    numpy.testing.assert_array_equal(F.tile(x, (2, 1, 2)).array,
                                     numpy.tile(x, (2, 1, 2)))
    with pytest.raises(ValueError):
        F.repeat(x, -1)
    with pytest.raises(TypeError):
        F.repeat(x, 2, axis='0')


@pytest.mark.parametrize('mode,kw', [
    ('constant', {}), ('constant', {'constant_values': ((1, 2), (3, 4))}),
    ('edge', {}), ('reflect', {}), ('symmetric', {}), ('wrap', {})])
def test_pad_forward_is_numpy_pad_and_grad_is_the_slice(mode, kw):
    x = numpy.arange(6.).reshape(2, 3)
    pw = ((1, 2), (4, 1))
    y, gx, gy = _grad_of(lambda v: F.pad(v, pw, mode, **kw), x)
    numpy.testing.assert_array_equal(y, numpy.pad(x, pw, mode=mode, **kw))
    # Chainer: the gradient is gy restricted to the input region
    numpy.testing.assert_array_equal(gx, gy[1:3, 4:7])


def test_pad_unsupported_mode_raises_not_implemented():
    with pytest.raises(NotImplementedError, match='D-301'):
        F.pad(numpy.zeros((2, 3)), 1, 'mean')


def test_reshape_same_shape_returns_input_variable():
    v = chainer.Variable(numpy.zeros((2, 3), numpy.float32))
    assert F.reshape(v, (2, 3)) is v
    assert F.broadcast_to(v, (2, 3)) is v
    assert F.broadcast(v) is v
    y = F.reshape(v, (3, 2))
    assert y.creator.label == 'Reshape'
    with pytest.raises(type_check.InvalidType) as e:
        F.reshape(v, (4, -1))
    assert ('Expect: prod(x.shape) % known_size(=4) == 0\nActual: 2 != 0'
            in str(e.value))


def test_ndarray_input_gives_variable_and_int_dtype_kept():
    x = numpy.arange(6, dtype=numpy.int32).reshape(2, 3)
    y = F.transpose(x)
    assert isinstance(y, chainer.Variable)
    assert y.dtype == numpy.int32
    assert F.concat([x, x], axis=0).dtype == numpy.int32


def test_broadcast_outputs_are_new_nodes():
    a = chainer.Variable(numpy.ones((2, 3), numpy.float32))
    b = chainer.Variable(numpy.ones((3,), numpy.float32))
    ya, yb = F.broadcast(a, b)
    assert ya is not a
    ya.grad = numpy.ones((2, 3), numpy.float32)
    yb.grad = numpy.full((2, 3), 2, numpy.float32)
    chainer.backward([ya, yb], [ya.grad_var, yb.grad_var])
    numpy.testing.assert_array_equal(a.grad, numpy.ones((2, 3)))
    numpy.testing.assert_array_equal(b.grad, numpy.full((3,), 4.))


def test_where_requires_bool_condition_and_same_dtype():
    x = numpy.zeros(2, numpy.float32)
    with pytest.raises(type_check.InvalidType):
        F.where(numpy.array([1, 0]), x, x)
    with pytest.raises(type_check.InvalidType):
        F.where(numpy.array([True, False]), x, x.astype(numpy.float64))
    y = F.where(chainer.Variable(numpy.array([True, False])), x + 1, x)
    numpy.testing.assert_array_equal(y.array, [1, 0])


def test_resize_images_float32_only_and_align_corners_default():
    x = numpy.arange(4, dtype=numpy.float32).reshape(1, 1, 2, 2)
    y = F.resize_images(x, (3, 3))
    # align_corners=True: corners are kept exactly
    numpy.testing.assert_array_equal(y.array[0, 0, [0, 0, 2, 2], [0, 2, 0,
                                                                   2]],
                                     [0, 1, 2, 3])
    numpy.testing.assert_allclose(y.array[0, 0, 1, 1], 1.5)
    with pytest.raises(type_check.InvalidType):
        F.resize_images(x.astype(numpy.float64), (3, 3))


def test_permutate_and_select_item():
    x = numpy.arange(6.).reshape(3, 2)
    ind = numpy.array([2, 0, 1], numpy.int32)
    numpy.testing.assert_array_equal(F.permutate(x, ind).array, x[ind])
    numpy.testing.assert_array_equal(F.permutate(x, ind, inv=True).array,
                                     x[numpy.argsort(ind)])
    with pytest.raises(ValueError):
        F.permutate(x, ind.astype(numpy.float32))
    t = numpy.array([1, 0, 1], numpy.int32)
    numpy.testing.assert_array_equal(F.select_item(x, t).array, [1, 2, 5])
    with pytest.raises(type_check.InvalidType):
        F.select_item(x, t.astype(numpy.float32))


def test_scatter_add_accumulates_repeated_indices():
    a = numpy.zeros((3, 2), numpy.float32)
    b = numpy.ones((4, 2), numpy.float32)
    y = F.scatter_add(a, ([0, 0, 2, 0],), b)
    numpy.testing.assert_array_equal(y.array, [[3, 3], [0, 0], [1, 1]])
    with pytest.raises(ValueError):
        F.scatter_add(a, 0, b)


def test_pad_sequence_and_transpose_sequence():
    xs = [numpy.ones((3, 2), numpy.float32), numpy.ones((1, 2),
                                                         numpy.float32)]
    y = F.pad_sequence(xs, padding=-1)
    assert y.shape == (2, 3, 2)
    assert (y.array[1, 1:] == -1).all()
    ts = F.transpose_sequence(xs)
    assert [t.shape for t in ts] == [(2, 2), (1, 2), (1, 2)]
    assert F.transpose_sequence([]) == ()


def test_im2col_cover_all_shape():
    x = numpy.zeros((1, 2, 6, 6), numpy.float32)
    assert F.im2col(x, 3, 2).shape == (1, 18, 2, 2)
    assert F.im2col(x, 3, 2, cover_all=True).shape == (1, 18, 3, 3)


def test_cast_no_backprop_returns_input_and_int_gets_no_grad():
    v = chainer.Variable(numpy.zeros(2, numpy.float32))
    with chainer.using_config('enable_backprop', False):
        assert F.cast(v, numpy.float32) is v
    y = F.cast(v, numpy.float64)
    assert y.dtype == numpy.float64
    y.grad = numpy.ones(2)
    y.backward()
    assert v.grad.dtype == numpy.float32


def test_as_strided_elements_not_bytes():
    x = numpy.arange(6, dtype=numpy.float32)
    y = F.as_strided(x, (2, 2), (1, 1))
    numpy.testing.assert_array_equal(y.array, [[0, 1], [1, 2]])
    with pytest.raises(ValueError):
        F.as_strided(x, (3, 3), (3, 1))


def test_copy_to_cpu_keeps_values_and_grad():
    v = chainer.Variable(numpy.arange(3, dtype=numpy.float32))
    y = F.copy(v, -1)
    assert y.creator.label == 'Copy'
    y.grad = numpy.ones(3, numpy.float32)
    y.backward()
    numpy.testing.assert_array_equal(v.grad, numpy.ones(3))


def test_type_check_can_be_disabled():
    x = numpy.zeros((2, 3), numpy.int32)
    with pytest.raises(type_check.InvalidType):
        F.fliplr(x)
    with chainer.using_config('type_check', False):
        assert F.fliplr(x).shape == (2, 3)


def test_cuda_safe_bodies_use_torch():
    # bodies accept tensors living anywhere; here just check dtype/device
    y = F.stack([numpy.zeros(2, numpy.float32)] * 2, axis=1)
    assert isinstance(y._t, torch.Tensor) and y.shape == (2, 2)


# ---- fuzz regressions (issue #4) ----------------------------------------

def test_resize_images_degenerate_sizes_as_chainer_cpu():
    x = numpy.zeros((1, 2, 3, 0), numpy.float32)
    with pytest.raises(IndexError, match='axis 3 with size 0'):
        F.resize_images(x, (3, 5))
    # Chainer's panel heuristic divides by B * C * (...)
    with pytest.raises(ZeroDivisionError):
        F.resize_images(numpy.zeros((0, 2, 3, 3), numpy.float32), (3, 5))


def test_space2depth_zero_size_shape():
    x = numpy.zeros((1, 0, 2, 2), numpy.float32)
    assert F.space2depth(x, 3).shape == (1, 0, 0, 0)
    with pytest.raises(ValueError, match='one unknown dimension'):
        F.space2depth(numpy.zeros((1, 1, 2, 2), numpy.float32), -1)


def test_spatial_transformer_sampler_zero_size():
    with pytest.raises(ValueError, match='reshape'):
        F.spatial_transformer_sampler(numpy.zeros((0, 2, 4, 4), 'f'),
                                      numpy.zeros((0, 2, 2, 2), 'f'))
    y = F.spatial_transformer_sampler(numpy.zeros((1, 0, 4, 4), 'f'),
                                      numpy.zeros((1, 2, 2, 2), 'f'))
    assert y.shape == (1, 0, 2, 2)


def test_separate_empty_axis_divides_by_zero():
    with pytest.raises(ZeroDivisionError):
        F.separate(numpy.zeros((0,), numpy.float32), axis=-1)


def test_shift_zero_dilate_and_negative_ksize():
    x = numpy.ones((1, 9, 2, 3), numpy.float32)
    with pytest.raises(ZeroDivisionError):
        F.shift(x, dilate=0)
    with pytest.raises(ValueError, match="can't contain negative"):
        F.shift(x, ksize=-1)


def test_sum_to_integer_input_is_int64_and_axis_errors():
    x = numpy.arange(3, dtype=numpy.int32)
    assert F.sum_to(x, (5,)).dtype == numpy.int64   # numpy's sum(axis=())
    assert F.sum_to(x, (3,)).dtype == numpy.int32   # returned as is
    with pytest.raises(ValueError, match='duplicate'):
        F.sum_to(numpy.zeros((3, 4), numpy.float32), (1, 1, 1))


def test_normalize_axis_errors_and_empty_axis():
    with pytest.raises(numpy.exceptions.AxisError):
        F.normalize(numpy.array(0.5, numpy.float32), axis=0)
    with pytest.raises(ValueError, match='duplicate'):
        F.normalize(numpy.ones((2, 3), numpy.float32), axis=(1, -1))
    x = numpy.array([[2., -3.]], numpy.float32)
    y = F.normalize(x, axis=())     # numpy: no reduction
    numpy.testing.assert_allclose(y.array, x / (abs(x) + 1e-5), rtol=1e-6)
