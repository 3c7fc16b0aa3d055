import inspect

import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat import gradient_check
from chainer_compat import testing


class Square(chainer.FunctionNode):
    """y = x ** 2 whose backward is multiplied by ``factor`` (1 = correct)."""

    def __init__(self, factor=1.0, dfactor=1.0):
        self.factor = factor
        self.dfactor = dfactor

    def forward(self, inputs):
        x, = inputs
        self.retain_inputs((0,))
        return x * x,

    def backward(self, indexes, grad_outputs):
        x, = self.get_retained_inputs()
        gy, = grad_outputs
        return ScaledTwice(self.factor, self.dfactor).apply((x, gy))


class ScaledTwice(chainer.FunctionNode):
    """gx = factor * 2 * x * gy; its own backward is scaled by dfactor."""

    def __init__(self, factor, dfactor):
        self.factor = factor
        self.dfactor = dfactor

    def forward(self, inputs):
        x, gy = inputs
        self.retain_inputs((0, 1))
        return (self.factor * 2 * x * gy).astype(x.dtype),

    def backward(self, indexes, grad_outputs):
        x, gy = self.get_retained_inputs()
        ggx, = grad_outputs
        k = self.factor * self.dfactor * 2
        return ggx * gy * k, ggx * x * k


def _data(shape=(3, 2), dtype=numpy.float64, seed=0):
    rs = numpy.random.RandomState(seed)
    return [rs.uniform(-1, 1, shape).astype(dtype) for _ in range(3)]


def test_signatures_match_chainer():
    sig = str(inspect.signature(gradient_check.check_backward))
    assert sig == ('(func, x_data, y_grad, params=(), eps=0.001, atol=1e-05, '
                   'rtol=0.0001, no_grads=None, dtype=None, '
                   'detect_nondifferentiable=False)')
    sig = str(inspect.signature(gradient_check.check_double_backward))
    assert sig == ('(func, x_data, y_grad, x_grad_grad, params=(), '
                   'params_grad_grad=(), eps=0.001, atol=0.0001, rtol=0.001, '
                   'no_grads=None, dtype=None, '
                   'detect_nondifferentiable=False)')
    sig = str(inspect.signature(gradient_check.numerical_grad))
    assert sig == ('(f, inputs, grad_outputs, eps=0.001, '
                   'detect_nondifferentiable=False, diff_atol=0, '
                   'diff_rtol=0.01, center_outputs=None)')


def test_correct_gradient_passes():
    x, gy, _ = _data()
    gradient_check.check_backward(
        lambda x: Square().apply((x,))[0], x, gy)


def test_planted_wrong_gradient_fails_with_clear_message():
    x, gy, _ = _data()
    with pytest.raises(AssertionError) as e:
        gradient_check.check_backward(
            lambda x: Square(factor=2.0).apply((x,))[0], x, gy)
    msg = str(e.value)
    assert msg.startswith('check_backward failed (eps=0.001 atol=1e-05 '
                          'rtol=0.0001)')
    assert 'gradients (numeric):' in msg and 'gradients (backward):' in msg
    # numeric directional derivative is half the (doubled) backward one
    num = float(msg.split('gradients (numeric):')[1].split()[0])
    bwd = float(msg.split('gradients (backward):')[1].split()[0])
    assert bwd == pytest.approx(2 * num, rel=1e-4)


def test_builtin_functions_pass():
    x, gy, _ = _data(dtype=numpy.float32)
    for f in (F.tanh, F.sigmoid):
        gradient_check.check_backward(
            f, x, gy, dtype=numpy.float64, atol=1e-4, rtol=1e-4)
    W = numpy.random.RandomState(1).uniform(-1, 1, (4, 2))
    gy4 = numpy.random.RandomState(2).uniform(-1, 1, (3, 4))
    gradient_check.check_backward(F.linear, (x.astype(numpy.float64), W), gy4)


def test_loss_function_without_y_grad():
    x, _, _ = _data()
    gradient_check.check_backward(lambda x: F.sum(x * x), x, None)
    with pytest.raises(ValueError, match='y_grad argument cannot be omitted'):
        gradient_check.check_backward(F.tanh, x, None)


def test_shape_mismatch_of_grad_outputs():
    x, _, _ = _data()
    with pytest.raises(ValueError, match='Shapes and/or dtypes'):
        gradient_check.check_backward(F.tanh, x, numpy.ones((2, 2)))


def test_no_grads_and_int_inputs():
    x, gy, _ = _data()
    idx = numpy.array([1, 0, 2], numpy.int32)

    def f(x, i):
        return x[i] * 1.0

    gradient_check.check_backward(f, (x, idx), gy)
    with pytest.raises(ValueError, match='Length of no_grads'):
        gradient_check.check_backward(f, (x, idx), gy, no_grads=[False])


def test_params_checked():
    x, gy, _ = _data()
    w = chainer.Parameter(numpy.random.RandomState(3).uniform(
        -1, 1, (3, 2)))
    gradient_check.check_backward(lambda x: x * w, x, gy, params=w)

    class WrongParamGrad(chainer.FunctionNode):
        def forward(self, inputs):
            x, w = inputs
            return x * w,

        def backward(self, indexes, gys):
            # correct gx would be gy * w, gw would be gy * x: both wrong
            return gys[0] * 0 + 1, gys[0] * 0 + 1

    with pytest.raises(AssertionError):
        gradient_check.check_backward(
            lambda x: WrongParamGrad().apply((x, w))[0], x, gy, params=w)


def test_dtype_argument():
    x, gy, _ = _data(dtype=numpy.float16)
    gradient_check.check_backward(
        F.tanh, x, gy, dtype=numpy.float64, atol=5e-2, rtol=5e-2)
    with pytest.raises(ValueError, match='only float type'):
        gradient_check.check_backward(F.tanh, x, gy, dtype=numpy.int32)


def test_detect_nondifferentiable():
    x = numpy.array([0.0, 0.5])
    gy = numpy.ones(2)
    with pytest.raises(gradient_check.NondifferentiableError) as e:
        gradient_check.check_backward(
            F.relu, x, gy, detect_nondifferentiable=True)
    assert 'non-differentiable point' in str(e.value)
    gradient_check.check_backward(
        F.relu, numpy.array([-0.5, 0.5]), gy, detect_nondifferentiable=True)


def test_double_backward_detects_wrong_second_order():
    x, gy, ggx = _data()
    gradient_check.check_double_backward(
        lambda x: Square().apply((x,))[0], x, gy, ggx)
    with pytest.raises(AssertionError) as e:
        gradient_check.check_double_backward(
            lambda x: Square(dfactor=3.0).apply((x,))[0], x, gy, ggx)
    assert 'check_double_backward failed' in str(e.value)
    gradient_check.check_double_backward(
        F.tanh, x, gy, ggx, atol=1e-4, rtol=1e-4)


def test_numerical_grad_matches_chainer():
    # Reference values from Chainer 7.8.1.
    x = numpy.array([0.5, -1.0, 2.0])
    gy = numpy.array([1., 2., 3.])

    def f():
        return x ** 3,

    g, = gradient_check.numerical_grad(f, (x,), (gy,))
    numpy.testing.assert_allclose(
        g, [0.7500009999999931, 6.000001999999727, 36.00000299999495],
        rtol=1e-12)
    g, = gradient_check.numerical_grad(
        f, (x,), (gy,), detect_nondifferentiable=True)
    numpy.testing.assert_allclose(
        g, [0.7499999999999567, 5.999999999999043, 36.00000000000802],
        rtol=1e-12)
    with pytest.raises(RuntimeError, match='kind of float'):
        gradient_check.numerical_grad(f, (numpy.arange(3),), (gy,))


def test_assert_allclose_is_deprecated_alias():
    with testing.assert_warns(DeprecationWarning):
        gradient_check.assert_allclose(numpy.ones(2), numpy.ones(2))
    with pytest.raises(AssertionError):
        with testing.assert_warns(DeprecationWarning):
            gradient_check.assert_allclose(numpy.ones(2), numpy.zeros(2))


def test_double_backward_is_warning_free():
    import warnings
    x, gy, ggx = _data()
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        gradient_check.check_double_backward(
            lambda x: Square().apply((x,))[0], x, gy, ggx)


def test_gpu_arrays_without_cupy_are_refused_clearly():
    from chainer_compat.backends import cuda
    if cuda.cupy:
        pytest.skip('CuPy is installed')

    class FakeGpuDevice(object):
        xp = object()

    with pytest.raises(NotImplementedError, match='D-102'):
        gradient_check._check_device_supported(FakeGpuDevice(),
                                               'check_backward')
