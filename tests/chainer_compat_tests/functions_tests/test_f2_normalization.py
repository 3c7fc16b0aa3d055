"""F2 normalization: running statistics in place, Chainer's formulas."""
import warnings

import numpy
import pytest
import torch

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat.utils import type_check


def _bn_ref(x, gamma, beta, eps=2e-5):
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    return (x - mean) / numpy.sqrt(var + eps) * gamma + beta, mean, var


def test_batch_normalization_updates_running_stats_in_place():
    rng = numpy.random.RandomState(0)
    x = rng.randn(6, 3)
    g = rng.rand(3) + .5
    b = rng.randn(3)
    rm = numpy.zeros(3)
    rv = numpy.ones(3)
    rm_id, rv_id = id(rm), id(rv)
    y = F.batch_normalization(x, g, b, running_mean=rm, running_var=rv,
                              decay=0.8)
    ey, mean, var = _bn_ref(x, g, b)
    numpy.testing.assert_allclose(y.array, ey, rtol=1e-10)
    assert id(rm) == rm_id and id(rv) == rv_id
    numpy.testing.assert_allclose(rm, 0.2 * mean, rtol=1e-12)
    # unbiased adjustment m / (m - 1)
    numpy.testing.assert_allclose(rv, 0.8 + 0.2 * var * 6 / 5, rtol=1e-12)


def test_running_stats_as_views_of_torch_buffers():
    buf_m = torch.zeros(3, dtype=torch.float32)
    buf_v = torch.ones(3, dtype=torch.float32)
    x = numpy.random.RandomState(1).randn(4, 3).astype(numpy.float32)
    g = numpy.ones(3, numpy.float32)
    b = numpy.zeros(3, numpy.float32)
    F.batch_normalization(x, g, b, running_mean=buf_m.numpy(),
                          running_var=buf_v.numpy())
    numpy.testing.assert_allclose(buf_m.numpy(), 0.1 * x.mean(0),
                                  rtol=1e-5)
    numpy.testing.assert_allclose(
        buf_v.numpy(), 0.9 + 0.1 * x.var(0) * 4 / 3, rtol=1e-5)


def test_batch_normalization_default_eps_and_single_sample_warning():
    x = numpy.ones((1, 2), numpy.float32)
    g = numpy.ones(2, numpy.float32)
    b = numpy.zeros(2, numpy.float32)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        y = F.batch_normalization(x, g, b)
    assert any('no more than one sample' in str(i.message) for i in w)
    numpy.testing.assert_array_equal(y.array, numpy.zeros((1, 2)))
    with pytest.raises(TypeError):
        F.batch_normalization(x, g, b, unknown=1)
    with pytest.raises(ValueError):
        F.batch_normalization(x, g, b, train=True)


def test_batch_normalization_type_check_message():
    with pytest.raises(type_check.InvalidType) as e:
        F.batch_normalization(numpy.zeros((2, 3), numpy.float32),
                              numpy.ones(4, numpy.float32),
                              numpy.zeros(4, numpy.float32))
    assert ('Invalid operation is performed in: BatchNormalization '
            '(Forward)' in str(e.value))
    assert ('Expect: in_types[0].shape[1] == in_types[1].shape[0]\n'
            'Actual: 3 != 4' in str(e.value))


def test_fixed_batch_normalization_formula():
    rng = numpy.random.RandomState(2)
    x, g, b, m = rng.randn(4, 3), rng.randn(3), rng.randn(3), rng.randn(3)
    v = rng.rand(3) + .5
    y = F.fixed_batch_normalization(x, g, b, m, v, eps=1e-3)
    numpy.testing.assert_allclose(
        y.array, g * (x - m) / numpy.sqrt(v + 1e-3) + b, rtol=1e-12)


def test_lrn_uses_alpha_times_window_sum_not_mean():
    x = numpy.random.RandomState(3).randn(2, 6, 2).astype(numpy.float64)
    n, k, alpha, beta = 5, 2, 1e-1, .75
    s = numpy.zeros_like(x)
    for c in range(6):
        lo, hi = max(0, c - n // 2), min(6, c + n // 2 + 1)
        s[:, c] = (x[:, lo:hi] ** 2).sum(axis=1)
    expect = x / (k + alpha * s) ** beta
    y = F.local_response_normalization(x, n, k, alpha, beta)
    numpy.testing.assert_allclose(y.array, expect, rtol=1e-12)
    torch_y = torch.nn.functional.local_response_norm(
        torch.from_numpy(x), n, alpha, beta, k).numpy()
    assert not numpy.allclose(y.array, torch_y)


def test_normalize_zero_vector_gradient_is_finite():
    x = chainer.Variable(numpy.zeros((2, 3)))
    y = F.normalize(x)
    y.grad = numpy.ones((2, 3))
    y.backward()
    numpy.testing.assert_allclose(x.grad, numpy.full((2, 3), 1e5))


def test_layer_and_group_normalization_checks():
    with pytest.raises(type_check.InvalidType):
        F.layer_normalization(numpy.zeros((2, 3, 1), numpy.float32),
                              numpy.ones(3, numpy.float32),
                              numpy.zeros(3, numpy.float32))
    with pytest.raises(ValueError):
        F.group_normalization(numpy.zeros((2, 4), numpy.float32), 3,
                              numpy.ones(4, numpy.float32),
                              numpy.zeros(4, numpy.float32))
    with pytest.raises(TypeError):
        F.group_normalization(numpy.zeros((2, 4), numpy.float32), 2.,
                              numpy.ones(4, numpy.float32),
                              numpy.zeros(4, numpy.float32))


def test_batch_renormalization_requires_running_stats_and_train():
    x = numpy.random.RandomState(4).randn(4, 3).astype(numpy.float32)
    g = numpy.ones(3, numpy.float32)
    b = numpy.zeros(3, numpy.float32)
    with pytest.raises(TypeError):
        F.batch_renormalization(x, g, b, 1, 0)
    rm = numpy.zeros(3, numpy.float32)
    rv = numpy.ones(3, numpy.float32)
    y = F.batch_renormalization(x, g, b, 1, 0, running_mean=rm,
                                running_var=rv)
    # rmax=1, dmax=0: plain batch normalization; stats not updated
    numpy.testing.assert_allclose(y.array, _bn_ref(x, g, b)[0], atol=1e-5)
    assert (rm == 0).all() and (rv == 1).all()
    with pytest.warns(DeprecationWarning):
        F.fixed_batch_renormalization(x, g, b, rm, rv)


def test_decorrelated_batch_normalization_whitens():
    x = numpy.random.RandomState(5).randn(50, 4)
    y = F.decorrelated_batch_normalization(x, groups=2, eps=0).array
    for gi in range(2):
        yy = y[:, 2 * gi:2 * gi + 2]
        numpy.testing.assert_allclose(numpy.cov(yy.T, bias=True),
                                      numpy.eye(2), atol=1e-8)
    # repeated eigenvalues (fewer samples than channels): finite gradient
    v = chainer.Variable(numpy.random.RandomState(6).randn(2, 4))
    y = F.decorrelated_batch_normalization(v, groups=1, eps=.5)
    y.grad = numpy.ones((2, 4))
    y.backward()
    assert numpy.isfinite(v.grad).all()


def test_fixed_decorrelated_bn_groups_not_dividing_channels():
    # Chainer's numpy reshape to (groups, C // groups, m) fails
    with pytest.raises(ValueError, match='cannot reshape array of size 12'):
        F.fixed_decorrelated_batch_normalization(
            numpy.zeros((3, 4), 'f'), numpy.zeros((3, 1), 'f'),
            numpy.zeros((3, 1, 1), 'f'), groups=3)


def test_fixed_decorrelated_bn_zero_size_stats_value_error():
    with pytest.raises(ValueError):
        F.fixed_decorrelated_batch_normalization(
            numpy.zeros((3, 2, 2)), numpy.zeros((3, 0)),
            numpy.zeros((3, 0, 0)), groups=3)


def test_fixed_decorrelated_bn_zero_channels_shape():
    # 0-size groups: sizes computed explicitly (no ambiguous -1)
    y = F.fixed_decorrelated_batch_normalization(
        numpy.zeros((3, 0), 'f'), numpy.zeros((2, 0), 'f'),
        numpy.zeros((2, 0, 0), 'f'), groups=2)
    assert y.shape == (3, 0) and y.dtype == numpy.float32


def test_fixed_decorrelated_bn_1d_mean_axis_error():
    # numpy.expand_dims(mean, axis=2) on a 1-d mean: AxisError, which is
    # both an IndexError and a ValueError
    with pytest.raises(ValueError, match='axis 2 is out of bounds') as e:
        F.fixed_decorrelated_batch_normalization(
            numpy.zeros((3, 4), 'f'), numpy.zeros(4, 'f'),
            numpy.zeros((2, 2, 2), 'f'), groups=2)
    assert isinstance(e.value, IndexError)
