"""F3 unit tests: loss functions (reductions, label handling, errors)."""
import numpy
import pytest

import chainer_compat as ch
import chainer_compat.functions as F
from chainer_compat.utils import type_check


def _r(*shape, dtype=numpy.float32):
    return numpy.random.RandomState(0).randn(*shape).astype(dtype)


def test_softmax_ce_normalize_counts_valid_labels():
    x = _r(4, 3)
    t = numpy.array([0, -1, 2, -1], numpy.int32)
    full = F.softmax_cross_entropy(x, t, reduce='no').array
    numpy.testing.assert_allclose(
        F.softmax_cross_entropy(x, t).array, full.sum() / 2, rtol=1e-6)
    numpy.testing.assert_allclose(
        F.softmax_cross_entropy(x, t, normalize=False).array,
        full.sum() / 4, rtol=1e-6)
    assert full[1] == 0 and full[3] == 0


def test_softmax_ce_class_weight_still_counts():
    x = _r(2, 3)
    t = numpy.array([0, 2], numpy.int32)
    cw = numpy.array([2.0, 1.0, 1.0], numpy.float32)
    no = F.softmax_cross_entropy(x, t, reduce='no', class_weight=cw).array
    numpy.testing.assert_allclose(
        F.softmax_cross_entropy(x, t, class_weight=cw).array, no.sum() / 2,
        rtol=1e-6)


def test_softmax_ce_class_weight_variable_rejected():
    with pytest.raises(ValueError):
        F.softmax_cross_entropy(_r(2, 3), numpy.array([0, 1], numpy.int32),
                                class_weight=ch.Variable(_r(3)))


def test_softmax_ce_bad_reduce():
    with pytest.raises(ValueError):
        F.softmax_cross_entropy(_r(2, 3), numpy.array([0, 1], numpy.int32),
                                reduce='sum')


def test_softmax_ce_bad_type_is_runtime_error_like_chainer():
    # Chainer's check_type_forward branches on an expression, which raises
    # RuntimeError once the light-weight check has failed.
    with pytest.raises(RuntimeError):
        F.softmax_cross_entropy(_r(2, 3), numpy.zeros((2, 2), numpy.int32))


def test_softmax_ce_debug_label_check():
    with ch.using_config('debug', True):
        with pytest.raises(ValueError):
            F.softmax_cross_entropy(_r(2, 3),
                                    numpy.array([0, 5], numpy.int32))


def test_softmax_ce_soft_target_grad_is_y_minus_t():
    x = ch.Variable(_r(2, 3))
    t = numpy.array([[0.5, 0.5, 0.5], [0.2, 0.2, 0.2]], numpy.float32)
    loss = F.softmax_cross_entropy(x, t)
    loss.backward()
    y = numpy.exp(x.array) / numpy.exp(x.array).sum(1, keepdims=True)
    numpy.testing.assert_allclose(x.grad, (y - t) / 2, rtol=1e-5)


def test_sigmoid_ce_ignore_and_normalize():
    x = _r(2, 3)
    t = numpy.array([[0, 1, -1], [1, -1, -1]], numpy.int32)
    no = F.sigmoid_cross_entropy(x, t, reduce='no').array
    assert no[0, 2] == 0
    numpy.testing.assert_allclose(F.sigmoid_cross_entropy(x, t).array,
                                  no.sum() / 3, rtol=1e-6)
    numpy.testing.assert_allclose(
        F.sigmoid_cross_entropy(x, t, normalize=False).array,
        no.sum() / 2, rtol=1e-6)


def test_sigmoid_ce_float_labels_rejected():
    with pytest.raises(type_check.InvalidType) as e:
        F.sigmoid_cross_entropy(_r(2, 3), _r(2, 3))
    assert 't.dtype.kind == i' in str(e.value)


def test_huber_loss_reduction_shape_and_delta_required():
    x, t = _r(2, 3, 4), numpy.zeros((2, 3, 4), numpy.float32)
    assert F.huber_loss(x, t, 1.0).shape == (2, 4)
    assert F.huber_loss(x, t, 1.0, reduce='no').shape == (2, 3, 4)
    with pytest.raises(TypeError):
        F.huber_loss(x, t)
    with pytest.raises(ValueError):
        F.huber_loss(x, t, 1.0, reduce='mean')


def test_mean_squared_error_dtype_mismatch():
    with pytest.raises(type_check.InvalidType) as e:
        F.mean_squared_error(_r(2), _r(2, dtype=numpy.float64))
    assert 'x0.dtype == x1.dtype' in str(e.value)


def test_mean_absolute_error_float16():
    y = F.mean_absolute_error(_r(3, dtype=numpy.float16),
                              numpy.zeros(3, numpy.float16))
    assert y.dtype == numpy.float16


def test_contrastive_margin_positive():
    with pytest.raises(ValueError):
        F.contrastive(_r(2, 2), _r(2, 2), numpy.array([0, 1], numpy.int32),
                      margin=0)


def test_contrastive_zero_distance_grad_finite():
    x0 = ch.Variable(numpy.ones((1, 2), numpy.float32))
    x1 = ch.Variable(numpy.ones((1, 2), numpy.float32))
    loss = F.contrastive(x0, x1, numpy.array([0], numpy.int32))
    loss.backward()
    assert numpy.isfinite(x0.grad).all()


def test_hinge_norm_error():
    with pytest.raises(NotImplementedError):
        F.hinge(_r(2, 3), numpy.array([0, 1], numpy.int32), norm='L3')


def test_negative_sampling_int32_required():
    with pytest.raises(type_check.InvalidType):
        F.negative_sampling(_r(2, 3), numpy.array([0, 1], numpy.int64),
                            _r(4, 3), lambda s: numpy.zeros(s, numpy.int32),
                            2)


def test_vae_losses_reduce():
    m, lv = _r(2, 3), _r(2, 3)
    a = F.gaussian_kl_divergence(m, lv).array
    b = F.gaussian_kl_divergence(m, lv, reduce='mean').array
    numpy.testing.assert_allclose(a / 6, b, rtol=1e-6)
    with pytest.raises(ValueError):
        F.gaussian_nll(m, m, lv, reduce='avg')


def test_ctc_requires_list():
    with pytest.raises(TypeError):
        F.connectionist_temporal_classification(
            _r(3, 2, 4), numpy.zeros((2, 1), numpy.int32), 0)


def test_crf1d_argmax_path_dtype():
    cost = _r(3, 3)
    xs = [_r(2, 3), _r(2, 3)]
    score, path = F.argmax_crf1d(cost, xs)
    assert len(path) == 2 and path[0].dtype == numpy.int32


def test_discriminative_loss_bad_norm():
    with pytest.raises(ValueError):
        F.discriminative_margin_based_clustering_loss(
            _r(1, 2, 2, 2), numpy.zeros((1, 2, 2), numpy.int32), 0.5, 1.5, 2,
            norm=3)
