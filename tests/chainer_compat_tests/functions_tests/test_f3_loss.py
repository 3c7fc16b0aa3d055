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


# --- fuzz-leak regressions (issue #4): errors / results as in Chainer ------

def test_crf1d_int_inputs_invalid_type_like_logsumexp():
    cost = numpy.zeros((2, 2), numpy.int32)
    xs = [numpy.zeros((2, 2), numpy.int32)] * 2
    ys = [numpy.zeros(2, numpy.int32)] * 2
    with pytest.raises(type_check.InvalidType, match='LogSumExp'):
        F.crf1d(cost, xs, ys)
    with pytest.raises(type_check.InvalidType, match='ArgMax'):
        F.argmax_crf1d(cost, xs)


def test_crf1d_out_of_range_label_index_error():
    cost, xs = _r(2, 2), [_r(1, 2)]
    with pytest.raises(IndexError):
        F.crf1d(cost, xs, [numpy.array([2], numpy.int32)])


def test_crf1d_negative_label_wraps_like_numpy():
    # values from Chainer 7.8.1 (select_item / embed_id index with numpy)
    cost, xs = _r(3, 3), [_r(2, 3), _r(2, 3) * 2]
    ys = [numpy.array([-1, 0], numpy.int32), numpy.array([-1, 2], numpy.int32)]
    numpy.testing.assert_allclose(F.crf1d(cost, xs, ys, reduce='no').array,
                                  [5.666232, 8.182317], rtol=1e-5)


def test_vae_int_inputs_invalid_type():
    i = numpy.zeros(3, numpy.int32)
    with pytest.raises(type_check.InvalidType, match='Softplus'):
        F.bernoulli_nll(None, i)
    with pytest.raises(type_check.InvalidType, match='exp'):
        F.gaussian_kl_divergence(i, i)
    with pytest.raises(type_check.InvalidType, match='exp'):
        F.gaussian_nll(i, i, i)


def test_gaussian_nll_0dim_ln_var_type_error_like_chainer():
    a = numpy.array(0.5, numpy.float32)
    with pytest.raises(TypeError, match='incompatible array types'):
        F.gaussian_nll(a, a, a)
    assert F.gaussian_nll(a, a, ch.Variable(a)).shape == ()


def test_vae_mean_of_empty_is_zero_division():
    e = numpy.zeros((0,), numpy.float32)
    with pytest.raises(ZeroDivisionError):
        F.bernoulli_nll(e, e, reduce='mean')


def test_black_out_errors_like_chainer():
    t = numpy.array([0, 1], numpy.int32)
    s = numpy.zeros((2, 2), numpy.int32)
    with pytest.raises(type_check.InvalidType, match='EmbedIDFunction'):
        F.black_out(_r(2, 3), t, numpy.zeros((4, 3), numpy.int32), s)
    with pytest.raises(type_check.InvalidType, match='MatMul'):
        F.black_out(_r(2, 3), t, _r(4, 2), s)
    with pytest.raises(ZeroDivisionError):
        F.black_out(_r(0, 3), t[:0], _r(4, 3), s[:0])


def test_negative_sampling_width_mismatch_value_error():
    def sampler(shape):
        return numpy.zeros(shape, numpy.int32)
    t = numpy.array([0, 1], numpy.int32)
    with pytest.raises(ValueError, match='could not be broadcast'):
        F.negative_sampling(_r(2, 3), t, _r(4, 2), sampler, 2)
    # a width of 1 broadcasts in Chainer's einsum forward; its backward
    # refuses it
    x = ch.Variable(_r(2, 1))
    loss = F.negative_sampling(x, t, _r(4, 2), sampler, 2)
    assert loss.shape == ()
    with pytest.raises(ValueError, match='not aligned'):
        loss.backward()


def test_ctc_out_of_range_label_index_error():
    with pytest.raises(IndexError, match='out of bounds for axis 2'):
        F.connectionist_temporal_classification(
            [_r(2, 4)], numpy.array([[0], [5]], numpy.int32), 0)


def test_ctc_negative_label_and_infeasible_like_chainer():
    # values from Chainer 7.8.1
    x = [_r(2, 4), _r(2, 4) + 1]
    numpy.testing.assert_allclose(
        F.connectionist_temporal_classification(
            x, numpy.array([[-1], [2]], numpy.int32), 0, reduce='no').array,
        [0.6406858, 0.97025883], rtol=1e-5)
    # label longer than the input: Chainer's finite zero_padding loss
    xv = ch.Variable(_r(2, 4))
    loss = F.connectionist_temporal_classification(
        [xv], numpy.array([[1, 2], [1, 1]], numpy.int32), 0, reduce='no')
    numpy.testing.assert_allclose(loss.array, [1e10, 1e10], rtol=1e-6)
    F.sum(loss).backward()
    assert numpy.isfinite(xv.grad).all()


def test_discriminative_loss_errors_like_chainer():
    lab = numpy.zeros((2, 2, 3), numpy.int32)
    with pytest.raises(type_check.InvalidType, match='cannot broadcast'):
        # batch 2 vs max_embedding_dim 3: Chainer's emb * ms fails
        F.discriminative_margin_based_clustering_loss(
            _r(2, 3, 2, 3), lab, 0.5, 1.5, 3)
    with pytest.raises(type_check.InvalidType, match='lhs.dtype.kind'):
        F.discriminative_margin_based_clustering_loss(
            numpy.zeros((2, 2, 2, 3), numpy.int32), lab, 0.5, 1.5, 2)
    with pytest.raises(ValueError, match='axis 4 is out of bounds'):
        F.discriminative_margin_based_clustering_loss(
            _r(2, 2, 2, 3), numpy.zeros((2, 3), numpy.int32), 0.5, 1.5, 2)


def test_ctc_grad_with_negative_label_alias_like_chainer():
    # -3 and 1 name the same class (V=4); Chainer's label_probability keeps
    # only one alias per column -- values from Chainer 7.8.1
    xs = [ch.Variable(_r(1, 4) * (i + 1)) for i in range(3)]
    loss = F.connectionist_temporal_classification(
        xs, numpy.array([[-3, 1]], numpy.int32), 0)
    loss.backward()
    numpy.testing.assert_allclose(loss.array, 8.008188, rtol=1e-5)
    numpy.testing.assert_allclose(
        xs[1].grad, [[0.06973854, -0.04370013, 0.05374516, 0.6708621]],
        rtol=1e-4, atol=1e-6)


def test_softmax_cross_entropy_fast_path_matches_general_path():
    # The common case (no ignored label, reduce='mean', no class_weight)
    # takes a shorter route; class_weight=ones forces the general one.
    import chainer_compat as ch
    rng = numpy.random.RandomState(7)
    for dtype in (numpy.float16, numpy.float32, numpy.float64):
        for shape in ((5, 4), (3, 4, 2)):
            x = rng.randn(*shape).astype(dtype)
            t = rng.randint(0, 4, (shape[0],) + shape[2:]).astype(
                numpy.int32)
            for normalize in (True, False):
                xa = ch.Variable(x.copy())
                xb = ch.Variable(x.copy())
                ya = ch.functions.softmax_cross_entropy(
                    xa, t, normalize=normalize)
                yb = ch.functions.softmax_cross_entropy(
                    xb, t, normalize=normalize,
                    class_weight=numpy.ones(4, dtype))
                assert ya.dtype == yb.dtype == dtype
                numpy.testing.assert_array_equal(ya.array, yb.array)
                ya.backward()
                yb.backward()
                numpy.testing.assert_array_equal(xa.grad, xb.grad)
                # Chainer's cached softmax on the node (computed lazily)
                e = numpy.exp(x.astype(numpy.float64)
                              - x.max(axis=1, keepdims=True))
                numpy.testing.assert_allclose(
                    ya.creator.y, e / e.sum(axis=1, keepdims=True),
                    rtol=1e-2 if dtype == numpy.float16 else 1e-5)
    y = ch.functions.softmax_cross_entropy(
        ch.Variable(numpy.zeros((2, 3), numpy.float32)),
        numpy.array([0, 1], numpy.int32), cache_score=False)
    assert y.creator.y is None


def test_ctc_fast_path_agrees_with_chainer_algorithm(monkeypatch):
    # ordinary inputs take torch's fused CTC; the port of Chainer's
    # algorithm (used for unreachable labels, blanks as labels, odd
    # lengths) must give the same loss and gradients
    from chainer_compat.functions.loss import ctc as ctc_mod
    rng = numpy.random.RandomState(3)
    xs_np = [rng.randn(3, 5) for _ in range(9)]
    t = rng.randint(1, 5, (3, 3)).astype(numpy.int32)
    il = numpy.array([9, 7, 8], numpy.int32)
    ll = numpy.array([3, 2, 1], numpy.int32)
    assert ctc_mod._ordinary(
        ctc_mod.torch.stack([ctc_mod.torch.from_numpy(a) for a in xs_np]),
        ctc_mod.torch.from_numpy(t), ctc_mod.torch.from_numpy(il),
        ctc_mod.torch.from_numpy(ll), 0)
    results = []
    for force_port in (False, True):
        if force_port:
            monkeypatch.setattr(ctc_mod, '_ordinary', lambda *a: False)
        xs = [ch.Variable(a.copy()) for a in xs_np]
        loss = F.connectionist_temporal_classification(
            xs, t, 0, input_length=il, label_length=ll, reduce='no')
        loss.grad = numpy.array([1.0, -0.5, 2.0])
        loss.backward()
        results.append((loss.array, [x.grad for x in xs]))
    (la, ga), (lb, gb) = results
    numpy.testing.assert_allclose(la, lb, rtol=1e-12)
    for a, b in zip(ga, gb):
        numpy.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize('reduce', ['mean', 'no'])
def test_crf1d_fast_path_agrees_with_composed_path(monkeypatch, reduce):
    # ordinary inputs run as one torch pass; the composition of facade
    # functions (Chainer's errors on bad input) must give the same numbers
    from chainer_compat.functions.loss import crf1d as crf_mod
    rng = numpy.random.RandomState(4)
    cost_np = rng.randn(4, 4)
    xs_np = [rng.randn(b, 4) for b in (3, 3, 2, 1)]
    ys = [rng.randint(0, 4, b).astype(numpy.int32) for b in (3, 3, 2, 1)]
    assert crf_mod._ordinary(cost_np, xs_np, ys) is not None
    results = []
    for composed in (False, True):
        if composed:
            monkeypatch.setattr(crf_mod, '_ordinary', lambda *a: None)
        cost = ch.Variable(cost_np.copy())
        xs = [ch.Variable(a.copy()) for a in xs_np]
        loss = F.crf1d(cost, xs, ys, reduce=reduce)
        loss.grad = numpy.ones_like(loss.array)
        loss.backward()
        results.append((loss.array, cost.grad, [x.grad for x in xs],
                        loss.creator.label))
    (la, ca, ga, na), (lb, cb, gb, nb) = results
    assert na == nb
    numpy.testing.assert_allclose(la, lb, rtol=1e-13)
    numpy.testing.assert_allclose(ca, cb, rtol=1e-12, atol=1e-14)
    for a, b in zip(ga, gb):
        numpy.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-14)
