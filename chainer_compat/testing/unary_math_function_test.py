"""``unary_math_function_unittest``: a ready-made test class decorator for
elementwise unary math functions."""
import unittest
import warnings

import numpy

from chainer_compat.backends import cuda

try:
    from chainer_compat.testing import attr
    _error = attr.get_error()
except ImportError as e:  # pragma: no cover
    _error = e


def is_available():
    return _error is None


def check_available():
    if _error is not None:
        raise RuntimeError('{} is not available.\n\nReason: {}: {}'.format(
            __name__, type(_error).__name__, _error))


def _is_old_style(func):
    from chainer_compat import function
    return isinstance(func, function.Function)


def _func_name(func):
    if _is_old_style(func):
        return func.__class__.__name__.lower()
    return func.__name__


def _func_class(func):
    if _is_old_style(func):
        return func.__class__
    from chainer_compat import functions
    return getattr(functions, func.__name__.capitalize(), None)


def _make_data_default(shape, dtype):
    return tuple(
        numpy.random.uniform(-1, 1, shape).astype(dtype, copy=False)
        for _ in range(3))


def _nonlinear(func):
    def aux(x):
        y = func(x)
        return y * y
    return aux


def _default_options(dtype):
    if dtype == numpy.float16:
        eps16 = numpy.finfo('float16').eps
        grad = {'eps': 2 ** -4, 'atol': 2 ** -4, 'rtol': 2 ** -4,
                'dtype': numpy.float64}
        return {'atol': eps16, 'rtol': eps16}, grad, dict(grad)
    grad = {'dtype': numpy.float64, 'atol': 1e-4, 'rtol': 1e-4}
    return {'atol': 1e-4, 'rtol': 1e-4}, grad, dict(grad)


def unary_math_function_unittest(func, func_expected=None, label_expected=None,
                                 make_data=None, is_linear=None,
                                 forward_options=None,
                                 backward_options=None,
                                 double_backward_options=None):
    """Decorator for testing unary mathematical Chainer functions.

    Injects forward, backward, double-backward (new-style functions) and
    label tests, CPU and GPU (``@attr.gpu``), parameterized over
    ``shape`` in ``[(3, 2), ()]`` and ``dtype`` in float16/32/64.
    ``func_expected`` defaults to the numpy function of the same name.
    """
    check_available()
    from chainer_compat import gradient_check
    from chainer_compat import testing
    from chainer_compat import variable

    is_new_style = not _is_old_style(func)
    func_name = _func_name(func)
    func_class = _func_class(func)

    if func_expected is None:
        try:
            func_expected = getattr(numpy, func_name)
        except AttributeError:
            raise ValueError('NumPy has no functions corresponding '
                             'to Chainer function \'{}\'.'.format(func_name))

    if label_expected is None:
        label_expected = func_name
    elif func_class is None:
        raise ValueError('Expected label is given even though Chainer '
                         'function does not have its label.')

    if make_data is None:
        if is_new_style:
            make_data = _make_data_default
        else:
            def make_data(shape, dtype):
                return _make_data_default(shape, dtype)[0:2]

    if is_linear is not None:
        warnings.warn('is_linear option is deprecated', DeprecationWarning)

    def decorator(klass):
        assert issubclass(klass, unittest.TestCase)

        def setUp(self):
            if is_new_style:
                self.x, self.gy, self.ggx = make_data(self.shape, self.dtype)
            else:
                self.x, self.gy = make_data(self.shape, self.dtype)
            (self.forward_options, self.backward_options,
             self.double_backward_options) = _default_options(self.dtype)
            if forward_options is not None:
                self.forward_options.update(forward_options)
            if backward_options is not None:
                self.backward_options.update(backward_options)
            if double_backward_options is not None:
                self.double_backward_options.update(double_backward_options)

        def check_forward(self, x_data):
            x = variable.Variable(x_data)
            y = func(x)
            self.assertEqual(y.data.dtype, x_data.dtype)
            y_expected = func_expected(cuda.to_cpu(x_data), dtype=x_data.dtype)
            testing.assert_allclose(y_expected, y.data, **self.forward_options)

        def test_forward_cpu(self):
            self.check_forward(self.x)

        @attr.gpu
        def test_forward_gpu(self):
            self.check_forward(cuda.to_gpu(self.x))

        def check_backward(self, x_data, y_grad):
            gradient_check.check_backward(
                func, x_data, y_grad, **self.backward_options)

        def test_backward_cpu(self):
            self.check_backward(self.x, self.gy)

        @attr.gpu
        def test_backward_gpu(self):
            self.check_backward(cuda.to_gpu(self.x), cuda.to_gpu(self.gy))

        members = dict(
            setUp=setUp, check_forward=check_forward,
            test_forward_cpu=test_forward_cpu,
            test_forward_gpu=test_forward_gpu,
            check_backward=check_backward,
            test_backward_cpu=test_backward_cpu,
            test_backward_gpu=test_backward_gpu)

        if is_new_style:
            def check_double_backward(self, x_data, y_grad, x_grad_grad):
                f = _nonlinear(func) if is_linear else func
                gradient_check.check_double_backward(
                    f, x_data, y_grad, x_grad_grad,
                    **self.double_backward_options)

            def test_double_backward_cpu(self):
                self.check_double_backward(self.x, self.gy, self.ggx)

            @attr.gpu
            def test_double_backward_gpu(self):
                self.check_double_backward(
                    cuda.to_gpu(self.x), cuda.to_gpu(self.gy),
                    cuda.to_gpu(self.ggx))

            members.update(
                check_double_backward=check_double_backward,
                test_double_backward_cpu=test_double_backward_cpu,
                test_double_backward_gpu=test_double_backward_gpu)

        if func_class is not None:
            def test_label(self):
                self.assertEqual(func_class().label, label_expected)
            members['test_label'] = test_label

        for name, value in members.items():
            setattr(klass, name, value)

        return testing.parameterize(*testing.product({
            'shape': [(3, 2), ()],
            'dtype': [numpy.float16, numpy.float32, numpy.float64]
        }))(klass)

    return decorator
