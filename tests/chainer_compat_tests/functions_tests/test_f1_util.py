"""F1: chainer.functions.forget."""
import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F
import chainer_compat.links as L


def _f(a, b):
    return F.tanh(a * b) + a


def test_forget_matches_plain_graph():
    rng = numpy.random.RandomState(0)
    a0, b0 = rng.randn(2, 3), rng.randn(2, 3)
    a, b = chainer.Variable(a0), chainer.Variable(b0)
    y = F.forget(_f, a, b)
    assert y.creator.label == 'Forget'
    F.sum(y * y).backward()
    a2, b2 = chainer.Variable(a0), chainer.Variable(b0)
    F.sum(_f(a2, b2) ** 2).backward()
    numpy.testing.assert_allclose(a.grad, a2.grad, rtol=1e-12)
    numpy.testing.assert_allclose(b.grad, b2.grad, rtol=1e-12)


def test_forget_recomputes_in_backward():
    seen = []

    def f(x):
        seen.append(chainer.config.in_recomputing)
        return x * 2

    x = chainer.Variable(numpy.ones(3))
    y = F.forget(f, x)
    F.sum(y).backward()
    assert seen == [False, True]
    numpy.testing.assert_array_equal(x.grad, numpy.full(3, 2.))


def test_forget_param_grads():
    link = L.Linear(3, 2)
    link.cleargrads()  # Chainer initialises parameter grads to NaN
    x = chainer.Variable(numpy.ones((4, 3), numpy.float32))
    F.sum(F.forget(link, x)).backward()
    assert link.W.grad is not None and link.b.grad is not None
    numpy.testing.assert_allclose(link.b.grad, numpy.full(2, 4.))


def test_forget_errors():
    x = chainer.Variable(numpy.ones(3))
    with pytest.raises(TypeError, match='func must be callable'):
        F.forget(1, x)
    with pytest.raises(RuntimeError, match='2nd element of a returned'):
        F.forget(lambda v: (v * 1, 1), x)
    with pytest.raises(RuntimeError, match='A tuple of Variables'):
        F.forget(lambda v: 1, x)
    y = F.forget(lambda v: v * v, x)
    with pytest.raises(RuntimeError, match='double backpropagation'):
        y.grad = numpy.ones(3)
        y.backward(enable_double_backprop=True)


def test_forget_multiple_outputs_and_ndarray_input():
    y1, y2 = F.forget(lambda v: (v * 2, v * 3), numpy.ones(2))
    numpy.testing.assert_array_equal(y1.array, [2, 2])
    numpy.testing.assert_array_equal(y2.array, [3, 3])
