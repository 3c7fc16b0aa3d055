"""Facade unit tests: chainer.initializers (errors, ranges, RNG parity)."""
import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import initializers as I


def _arr(shape, dtype=numpy.float32):
    return numpy.empty(shape, dtype=dtype)


def test_uniform_ranges_and_rng_parity():
    numpy.random.seed(0)
    a = _arr((100, 10))
    I.Uniform(0.3)(a)
    assert a.min() >= -0.3 and a.max() <= 0.3
    numpy.random.seed(0)
    numpy.testing.assert_array_equal(
        a, numpy.random.uniform(-0.3, 0.3, (100, 10)).astype(numpy.float32))
    for cls, bound in [(I.LeCunUniform, numpy.sqrt(3. / 10)),
                       (I.GlorotUniform, numpy.sqrt(6. / 110)),
                       (I.HeUniform, numpy.sqrt(6. / 10))]:
        numpy.random.seed(1)
        a = _arr((100, 10), numpy.float64)
        cls()(a)
        numpy.random.seed(1)
        numpy.testing.assert_array_equal(
            a, numpy.random.uniform(-bound, bound, (100, 10)))


def test_dtype_assertion():
    with pytest.raises(AssertionError):
        I.Uniform(dtype=numpy.float64)(_arr((2, 2)))
    with pytest.raises(AssertionError):
        I.Orthogonal(dtype=numpy.float64)(_arr((2, 2)))
    with pytest.raises(ValueError, match='dtype mismatch'):
        I.generate_array(I.One(dtype=numpy.float32), (2,), numpy,
                         dtype=numpy.float64)


def test_unknown_kwargs_rejected():
    with pytest.raises(TypeError):
        I.Uniform(foo=1)
    with pytest.raises(TypeError):
        I.Orthogonal(foo=1)


def test_orthogonal_default_scale_and_properties():
    assert I.Orthogonal().scale == 1.1 and I.Orthogonal().mode == 'auto'
    a = _arr((3, 5), numpy.float64)
    I.Orthogonal(scale=1.0)(a)
    numpy.testing.assert_allclose(a.dot(a.T), numpy.eye(3), atol=1e-12)
    a = _arr((5, 3), numpy.float64)
    I.Orthogonal(scale=2.0)(a)
    numpy.testing.assert_allclose(a.T.dot(a), 4 * numpy.eye(3), atol=1e-12)


def test_orthogonal_errors():
    with pytest.raises(ValueError, match='Invalid mode'):
        I.Orthogonal(mode='bad')
    with pytest.raises(ValueError, match='non-empty'):
        I.Orthogonal()(_arr((0, 3)))
    with pytest.raises(ValueError, match='Cannot make orthogonal embedding'):
        I.Orthogonal(mode='embedding')(_arr((2, 3)))
    with pytest.raises(ValueError, match='Cannot make orthogonal projection'):
        I.Orthogonal(mode='projection')(_arr((3, 2)))


def test_orthogonal_scalar():
    a = _arr(())
    I.Orthogonal()(a)
    assert abs(float(a)) == pytest.approx(1.1)


def test_sampling_filters():
    a = _arr((2, 2, 4, 4))
    I.UpsamplingDeconvFilter()(a)
    assert not a[0, 1].any() and a[0, 0].max() == pytest.approx(0.5625)
    a = _arr((2, 1, 3, 3))
    I.DownsamplingConvFilter()(a)
    assert a[1, 0].sum() == pytest.approx(1.0)
    with pytest.raises(ValueError, match='Unsupported interpolation'):
        I.UpsamplingDeconvFilter(interpolation='cubic')
    with pytest.raises(ValueError, match='ksize must be all same'):
        I.DownsamplingConvFilter()(_arr((1, 1, 2, 3)))
    with pytest.raises(AssertionError):
        I.DownsamplingConvFilter()(_arr((2, 3, 2, 2)))


def test_get_initializer():
    assert isinstance(I._get_initializer(None), I.LeCunNormal)
    assert isinstance(I._get_initializer(0.5), I.Constant)
    assert isinstance(I._get_initializer(numpy.zeros(2)), I.Constant)
    with pytest.raises(TypeError, match='invalid type of initializer'):
        I._get_initializer(object())


def test_generate_array_uses_config_dtype():
    with chainer.using_config('dtype', numpy.float64):
        a = I.generate_array(I.Zero(), (2,), numpy)
    assert a.dtype == numpy.float64


def test_initializers_are_initializer_subclasses():
    for name in ['Uniform', 'LeCunUniform', 'GlorotUniform', 'HeUniform',
                 'Orthogonal', 'UpsamplingDeconvFilter',
                 'DownsamplingConvFilter']:
        assert issubclass(getattr(I, name), chainer.Initializer)
