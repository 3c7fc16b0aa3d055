"""Facade unit tests: normalization links (persistents as buffers,
train/test switch, finetune, errors)."""
import warnings

import numpy
import pytest
import torch

import chainer_compat as chainer
from chainer_compat import links as L


def test_bn_requires_size_or_axis():
    with pytest.raises(RuntimeError, match='size or axis'):
        L.BatchNormalization()


def test_bn_defaults_and_persistents_are_buffers():
    bn = L.BatchNormalization(3)
    assert bn.decay == 0.9 and bn.eps == 2e-5
    assert sorted(bn._persistent) == ['N', 'avg_mean', 'avg_var']
    assert sorted(bn.state_dict()) == ['N', 'avg_mean', 'avg_var', 'beta',
                                      'gamma']
    assert isinstance(bn.avg_mean, numpy.ndarray)
    assert bn.N == 0 and isinstance(bn.N, int)
    numpy.testing.assert_array_equal(bn.avg_var, numpy.ones(3))
    assert bn.avg_mean.dtype == numpy.float32
    assert str(bn) == ('BatchNormalization(size=3, decay=0.9, eps=2e-05, '
                       'dtype=float32, use_gamma=True, use_beta=True)')


def test_bn_running_stats_update_in_place():
    bn = L.BatchNormalization(2)
    buf = bn._buffers['avg_mean']
    x = numpy.array([[1., 2.], [3., 6.]], numpy.float32)
    bn(x)
    assert bn._buffers['avg_mean'] is buf
    numpy.testing.assert_allclose(bn.avg_mean, [0.2, 0.4], rtol=1e-6)
    # unbiased variances 2 and 8: 0.9 * 1 + 0.1 * v
    numpy.testing.assert_allclose(bn.avg_var, [1.1, 1.7], rtol=1e-6)


def test_bn_test_mode_uses_population_stats():
    bn = L.BatchNormalization(2, initial_avg_mean=numpy.array([1., 2.]),
                              initial_avg_var=4.)
    x = numpy.array([[3., 2.]], numpy.float32)
    with chainer.using_config('train', False):
        y = bn(x)
    numpy.testing.assert_allclose(
        y.array, [[2. / numpy.sqrt(4 + 2e-5), 0.]], rtol=1e-6)
    numpy.testing.assert_array_equal(bn.avg_mean, [1., 2.])


def test_bn_torch_eval_mode_does_not_matter():
    bn = L.BatchNormalization(2)
    bn.eval()
    bn(numpy.array([[1., 2.], [3., 4.]], numpy.float32))
    assert bn.avg_mean.any()   # still training: chainer.config.train


def test_bn_finetune_counts_and_reset():
    bn = L.BatchNormalization(2)
    x = numpy.random.randn(3, 2).astype(numpy.float32)
    bn(x, finetune=True)
    bn(x, finetune=True)
    assert bn.N == 2
    bn(x)
    assert bn.N == 2
    bn.start_finetuning()
    assert bn.N == 0


def test_bn_test_kwarg_rejected():
    bn = L.BatchNormalization(2)
    with pytest.raises(ValueError, match='using_config'):
        bn(numpy.zeros((2, 2), numpy.float32), test=True)


def test_bn_lazy_axis_and_use_gamma():
    bn = L.BatchNormalization(axis=0, use_gamma=False)
    assert bn.avg_mean is None and bn.gamma is None
    bn(numpy.random.randn(4, 3, 2).astype(numpy.float32))
    assert bn.avg_mean.shape == (3, 2) and bn.beta.shape == (3, 2)
    assert 'avg_mean' in bn._buffers
    assert bn.axis == (0,)


def test_bn_dtype_float64():
    bn = L.BatchNormalization(3, dtype=numpy.float64)
    assert bn.avg_mean.dtype == numpy.float64
    assert bn.gamma.dtype == numpy.float64


def test_brn_forwards_positional_quirk():
    # Chainer passes initial_avg_mean into BatchNormalization's ``axis``.
    brn = L.BatchRenormalization(3, rmax=2, dmax=1)
    assert brn.rmax == 2 and brn.dmax == 1 and brn.r is None
    assert brn.axis is None
    x = numpy.random.randn(4, 3).astype(numpy.float32)
    brn(x)
    assert brn.avg_mean.any()


def test_dbn_persistents_and_serialize_patch():
    dbn = L.DecorrelatedBatchNormalization(4, groups=2)
    assert dbn.avg_mean.shape == (2, 2)
    numpy.testing.assert_array_equal(dbn.avg_projection[1], numpy.eye(2))
    from chainer_compat.links.normalization import \
        decorrelated_batch_normalization as m
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        fixed = m.fix_avg_mean(numpy.arange(2.), 2)
    assert fixed.shape == (2, 2) and len(w) == 1
    assert m.fix_avg_projection(numpy.eye(2), 1).shape == (1, 2, 2)
    with pytest.raises(ValueError):
        m.fix_avg_mean(numpy.zeros((1, 1, 1)), 1)


def test_group_norm_errors_and_lazy():
    gn = L.GroupNormalization(2)
    with pytest.raises(ValueError, match='at least 2'):
        gn(numpy.zeros((4,), numpy.float32))
    gn(numpy.random.randn(2, 4, 3).astype(numpy.float32))
    assert gn.gamma.shape == (4,) and gn.eps == 1e-5


def test_layer_norm_defaults():
    ln = L.LayerNormalization()
    assert ln.eps == 1e-6 and ln.gamma.array is None
    y = ln(numpy.random.randn(2, 6).astype(numpy.float32))
    assert ln.gamma.shape == (6,) and y.shape == (2, 6)


def test_bn_state_dict_roundtrip_through_torch():
    bn = L.BatchNormalization(2)
    bn(numpy.random.randn(3, 2).astype(numpy.float32))
    sd = {k: v.clone() for k, v in bn.state_dict().items()}
    bn2 = L.BatchNormalization(2)
    bn2.load_state_dict(sd)
    numpy.testing.assert_array_equal(bn2.avg_mean, bn.avg_mean)
    assert isinstance(sd['avg_var'], torch.Tensor)
