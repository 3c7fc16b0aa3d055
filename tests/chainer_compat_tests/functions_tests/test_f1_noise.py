"""F1: noise functions draw from numpy's global RNG exactly as Chainer."""
import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F


def test_dropout_mask_is_numpy_draw():
    x = numpy.random.RandomState(0).randn(3, 4).astype(numpy.float32)
    numpy.random.seed(3)
    y, mask = F.dropout(chainer.Variable(x), 0.3, return_mask=True)
    numpy.random.seed(3)
    flag = numpy.random.rand(3, 4) >= 0.3
    expected = numpy.float32(1 / 0.7) * flag
    assert mask.dtype == numpy.float32
    numpy.testing.assert_array_equal(mask, expected)
    numpy.testing.assert_array_equal(y.array, x * expected)
    assert y.creator.label == 'Dropout'
    numpy.testing.assert_array_equal(y.creator.mask, mask)


def test_dropout_test_mode_is_identity():
    x = chainer.Variable(numpy.ones((2, 3), numpy.float32))
    with chainer.using_config('train', False):
        y, m = F.dropout(x, return_mask=True)
        assert F.dropout(x) is x
        z = F.dropout(numpy.ones((2, 3), numpy.float32))
    assert y is x and m is None
    assert isinstance(z, chainer.Variable) and not z.requires_grad


def test_dropout_errors():
    with pytest.raises(ValueError, match='dropout_ratio must be in the range'):
        F.dropout(numpy.ones(3, numpy.float32), 1.0)
    with pytest.raises(ValueError, match='train argument is not supported'):
        F.dropout(numpy.ones(3, numpy.float32), train=True)
    with pytest.raises(chainer.utils.type_check.InvalidType,
                       match='x.dtype.kind == f'):
        F.dropout(numpy.ones(3, numpy.int32))


def test_dropout_given_mask_and_grad():
    x = chainer.Variable(numpy.arange(4, dtype=numpy.float64))
    mask = numpy.array([0., 2., 0., 2.])
    y = F.dropout(x, mask=mask)
    y.grad = numpy.ones(4)
    y.backward()
    numpy.testing.assert_array_equal(y.array, x.array * mask)
    numpy.testing.assert_array_equal(x.grad, mask)


def test_gaussian_eps_is_numpy_standard_normal():
    m = numpy.zeros((2, 3), numpy.float32)
    v = numpy.full((2, 3), numpy.log(4.), numpy.float32)
    numpy.random.seed(1)
    y, eps = F.gaussian(m, v, return_eps=True)
    numpy.random.seed(1)
    expected = numpy.random.standard_normal((2, 3)).astype(numpy.float32)
    numpy.testing.assert_array_equal(eps, expected)
    numpy.testing.assert_allclose(y.array, 2 * expected, rtol=1e-6)


def test_gumbel_uses_numpy_gumbel():
    x = numpy.zeros((2, 3), numpy.float32)
    numpy.random.seed(2)
    y = F.gumbel_softmax(x, tau=0.5)
    numpy.random.seed(2)
    g = numpy.random.gumbel(size=(2, 3)).astype(numpy.float32) / 0.5
    e = numpy.exp(g - g.max(axis=1, keepdims=True))
    numpy.testing.assert_allclose(y.array, e / e.sum(axis=1, keepdims=True),
                                  rtol=1e-5)
    s = F.gumbel_softmax(numpy.float32(1.0))
    assert s.shape == () and s.array == 1


def test_zoneout_flags_and_test_mode():
    h = numpy.zeros((3, 4), numpy.float32)
    x = numpy.ones((3, 4), numpy.float32)
    numpy.random.seed(5)
    y = F.zoneout(h, x, 0.3)
    numpy.random.seed(5)
    flag_x = numpy.random.rand(3, 4) >= 0.3
    numpy.testing.assert_array_equal(y.array, flag_x.astype(numpy.float32))
    with chainer.using_config('train', False):
        assert F.zoneout(h, x) is x


def test_rrelu_r_draw_and_test_mode():
    x = -numpy.ones((2, 3), numpy.float32)
    numpy.random.seed(4)
    y, r = F.rrelu(x, return_r=True)
    numpy.random.seed(4)
    expected = numpy.random.uniform(1 / 8., 1 / 3., (2, 3)).astype(
        numpy.float32)
    numpy.testing.assert_array_equal(r, expected)
    numpy.testing.assert_array_equal(y.array, -expected)
    with chainer.using_config('train', False):
        y = F.rrelu(x, l=0.1, u=0.3)
    numpy.testing.assert_allclose(y.array, -0.2, rtol=1e-6)
    with pytest.raises(ValueError, match='lower must be less than upper'):
        F.rrelu(x, l=0.3, u=0.2)


def test_simplified_dropconnect_mask_draw():
    x = numpy.ones((2, 3), numpy.float32)
    W = numpy.ones((4, 3), numpy.float32)
    numpy.random.seed(6)
    y = F.simplified_dropconnect(chainer.Variable(x), W, ratio=0.5)
    numpy.random.seed(6)
    mask = numpy.random.rand(2, 4, 3) >= 0.5
    numpy.testing.assert_allclose(y.array, (mask * 2.).sum(axis=2))
    numpy.testing.assert_array_equal(y.creator.mask, mask)
