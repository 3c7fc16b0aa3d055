"""F1: dtype rules and result types (as Chainer 7.8.1)."""
import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F

_UNARY = ['relu', 'sigmoid', 'tanh', 'elu', 'leaky_relu', 'softplus',
          'hard_sigmoid', 'selu', 'relu6', 'log_softmax', 'softmax',
          'exp', 'log', 'log2', 'log10', 'expm1', 'log1p', 'sin', 'cos',
          'tan', 'arctan', 'cosh', 'sinh', 'sqrt', 'rsqrt', 'square',
          'erf', 'erfc', 'ndtr', 'lgamma', 'digamma', 'sum', 'mean', 'max',
          'min', 'prod', 'logsumexp', 'cumsum', 'cumprod', 'identity']


@pytest.mark.parametrize('name', _UNARY)
@pytest.mark.parametrize('dtype', [numpy.float16, numpy.float32,
                                   numpy.float64])
def test_dtype_preserved(name, dtype):
    x = numpy.random.RandomState(0).uniform(0.5, 1.5, (2, 3)).astype(dtype)
    y = getattr(F, name)(x)
    assert isinstance(y, chainer.Variable)
    assert y.dtype == dtype


def test_argmax_int32():
    x = numpy.array([[1., 3., 3.], [2., 0., 1.]], numpy.float32)
    assert F.argmax(x).dtype == numpy.int32
    assert F.argmin(x, axis=1).dtype == numpy.int32
    numpy.testing.assert_array_equal(F.argmax(x, axis=1).array, [1, 0])
    assert F.argmax(x).shape == ()


def test_max_ties_get_full_gradient():
    x = chainer.Variable(numpy.array([1., 3., 3.]))
    F.max(x).backward()
    numpy.testing.assert_array_equal(x.grad, [0., 1., 1.])
    x = chainer.Variable(numpy.array([2., 2.]))
    y = chainer.Variable(numpy.array([2., 1.]))
    F.sum(F.maximum(x, y)).backward()
    numpy.testing.assert_array_equal(x.grad, [1., 1.])
    numpy.testing.assert_array_equal(y.grad, [0., 0.])


def test_rounding_not_differentiable():
    x = chainer.Variable(numpy.array([-1.5, 0.5, 2.5], numpy.float32))
    for f in (F.floor, F.ceil, F.fix):
        y = f(x)
        assert y.dtype == numpy.float32
        assert not y.requires_grad and y.creator is None
    numpy.testing.assert_array_equal(F.fix(x).array, [-1., 0., 2.])
    s = F.sign(numpy.array([-3, 0, 2], numpy.int32))
    assert s.dtype == numpy.int32
    numpy.testing.assert_array_equal(s.array, [-1, 0, 1])


def test_matmul_promotes_mixed_float():
    a = numpy.ones((2, 3), numpy.float32)
    b = chainer.Variable(numpy.ones((3, 2)))
    y = F.matmul(a, b)
    assert y.dtype == numpy.float64
    y.grad = numpy.ones((2, 2))
    y.backward()
    assert b.grad.dtype == numpy.float64


def test_evaluation_dtypes():
    y = numpy.random.RandomState(0).randn(6, 3).astype(numpy.float16)
    t = numpy.array([0, 1, 2, 0, 1, 2], numpy.int32)
    assert F.accuracy(y, t).dtype == numpy.float16
    p, r, f, s = F.classification_summary(y, t)
    assert p.dtype == r.dtype == f.dtype == numpy.float64
    assert s.dtype == numpy.int64
    assert F.r2_score(y, y).dtype == numpy.float16


def test_identity_and_fft_tuples():
    a = numpy.ones(2, numpy.float32)
    assert isinstance(F.identity(a), chainer.Variable)
    ys = F.identity(a, a)
    assert isinstance(ys, tuple) and len(ys) == 2
    re, im = F.fft((chainer.Variable(a), a))
    assert re.dtype == im.dtype == numpy.float32
    assert re.creator.label == 'FFT'


def test_basic_math_scalar_takes_input_dtype():
    x = chainer.Variable(numpy.array([1.5, 2.3], numpy.float16))
    expected = numpy.array([1.5, 2.3], numpy.float16) * numpy.float16(0.1)
    numpy.testing.assert_array_equal((x * 0.1).array, expected)
    xi = chainer.Variable(numpy.array([1, 2], numpy.int32))
    y = xi + 2.7   # Chainer: int32(2.7) == 2
    assert y.dtype == numpy.int32
    numpy.testing.assert_array_equal(y.array, [3, 4])


def test_labels():
    x = chainer.Variable(numpy.ones((2, 3), numpy.float32))
    assert F.relu(x).creator.label == 'ReLU'
    assert F.sum(x).creator.label == 'Sum'
    assert F.exp(x).creator.label == 'exp'
    assert F.matmul(x, x.T).creator.label == 'MatMul'
    assert (x - 1).creator.label == '_ + (-1)'
    assert F.rsqrt(x).creator.label == '1.0 / _'
    assert F.selu(x).creator.label.startswith('_ * ')
