"""A test module written exactly in Chainer's idiom.

It is not collected by itself (no ``test_`` prefix): ``test_chainer_idiom``
runs it through pytest and checks the generated test ids and outcomes.
"""
import unittest

import numpy

import chainer_compat as chainer
from chainer_compat.backends import cuda
import chainer_compat.functions as F
from chainer_compat import gradient_check
from chainer_compat import testing
from chainer_compat.testing import attr


@testing.parameterize(*testing.product({
    'shape': [(3, 2), ()],
    'dtype': [numpy.float32, numpy.float64],
}))
class TestSigmoid(unittest.TestCase):

    def setUp(self):
        self.x = numpy.random.uniform(-1, 1, self.shape).astype(self.dtype)
        self.gy = numpy.random.uniform(-1, 1, self.shape).astype(self.dtype)

    def check_forward(self, x_data):
        y = F.sigmoid(chainer.Variable(x_data))
        self.assertEqual(y.data.dtype, self.dtype)
        testing.assert_allclose(
            1 / (1 + numpy.exp(-cuda.to_cpu(x_data))), y.data,
            atol=1e-6, rtol=1e-6)

    def test_forward_cpu(self):
        self.check_forward(self.x)

    @attr.gpu
    def test_forward_gpu(self):
        self.check_forward(cuda.to_gpu(self.x))

    def check_backward(self, x_data, y_grad):
        gradient_check.check_backward(
            F.sigmoid, x_data, y_grad, dtype=numpy.float64,
            atol=1e-4, rtol=1e-4)

    def test_backward_cpu(self):
        self.check_backward(self.x, self.gy)

    @attr.gpu
    def test_backward_gpu(self):
        self.check_backward(cuda.to_gpu(self.x), cuda.to_gpu(self.gy))


@testing.parameterize(*testing.product({
    'shape': [(3, 2), (4,)],
}))
@testing.inject_backend_tests(
    None,
    [
        {},
        {'use_cuda': True},
    ])
class TestTanh(testing.FunctionTestCase):

    def setUp(self):
        self.check_backward_options = {'atol': 1e-4, 'rtol': 1e-4}
        self.check_double_backward_options = {'atol': 1e-3, 'rtol': 1e-3}

    def generate_inputs(self):
        x = numpy.random.uniform(-1, 1, self.shape).astype(numpy.float32)
        return x,

    def forward(self, inputs, device):
        x, = inputs
        return F.tanh(x),

    def forward_expected(self, inputs):
        x, = inputs
        return numpy.tanh(x),


@testing.inject_backend_tests(None, [{}])
class TestLinear(testing.FunctionTestCase):

    def setUp(self):
        self.check_backward_options = {'atol': 1e-4, 'rtol': 1e-4}
        self.check_double_backward_options = {'atol': 1e-3, 'rtol': 1e-3}

    def generate_inputs(self):
        x = numpy.random.uniform(-1, 1, (2, 3)).astype(numpy.float64)
        W = numpy.random.uniform(-1, 1, (4, 3)).astype(numpy.float64)
        b = numpy.random.uniform(-1, 1, (4,)).astype(numpy.float64)
        return x, W, b

    def forward(self, inputs, device):
        x, W, b = inputs
        return F.linear(x, W, b),

    def forward_expected(self, inputs):
        x, W, b = inputs
        return x.dot(W.T) + b,


@testing.inject_backend_tests(None, [{}])
class TestReLU(testing.FunctionTestCase):

    dodge_nondifferentiable = True
    skip_double_backward_test = True

    def generate_inputs(self):
        x = numpy.random.uniform(-1, 1, (3, 4)).astype(numpy.float32)
        return x,

    def forward(self, inputs, device):
        x, = inputs
        return F.relu(x),

    def forward_expected(self, inputs):
        x, = inputs
        return numpy.maximum(x, 0),


testing.run_module(__name__, __file__)
