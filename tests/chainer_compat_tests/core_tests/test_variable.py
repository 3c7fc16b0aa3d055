"""Facade-specific tests of Variable: aliasing, graph semantics, reprs."""
import warnings

import numpy
import pytest
import torch

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat.utils import type_check


def test_array_is_zero_copy_view_both_ways():
    a = numpy.arange(6, dtype=numpy.float32).reshape(2, 3)
    v = chainer.Variable(a)
    assert v.array is a                       # Chainer keeps the object
    v.array[0, 0] = 42.0
    assert v._t[0, 0].item() == 42.0           # numpy write -> tensor
    with torch.no_grad():
        v._t[1, 2] = -1.0
    assert v.array[1, 2] == -1.0               # tensor write -> numpy
    assert v.data is v.array


def test_array_setter_and_param_identity():
    p = chainer.Parameter(numpy.zeros((2, 3), dtype=numpy.float32))
    tp = p._t
    p.array = numpy.ones((4, 5), dtype=numpy.float32)
    assert p._t is tp and p.shape == (4, 5)
    p.data = numpy.full((4, 5), 2, dtype=numpy.float32)
    assert p._t is tp and float(p.array.sum()) == 40.0


def test_legacy_inplace_sgd_through_data_view():
    p = chainer.Parameter(numpy.ones(3, dtype=numpy.float32))
    p.grad = numpy.full(3, 0.5, dtype=numpy.float32)
    p.data -= 0.1 * p.grad          # legacy scripts update like this
    numpy.testing.assert_allclose(p._t.detach().numpy(), 0.95)


def test_second_backward_accumulates_like_chainer():
    x = chainer.Variable(numpy.array([1., 2.], numpy.float32))
    y = F.sum(x * x)
    y.backward()
    y.backward()
    numpy.testing.assert_array_equal(x.grad, [4., 8.])
    assert y.grad is None                      # output grad is cleared


def test_retain_grad_keeps_intermediate_grads():
    x = chainer.Variable(numpy.array([1., 2.], numpy.float32))
    h = x * 3
    y = F.sum(h * h)
    y.backward()
    assert h.grad is None
    x.cleargrad()
    y.backward(retain_grad=True)
    numpy.testing.assert_allclose(h.grad, [6., 12.])
    numpy.testing.assert_allclose(x.grad, [18., 36.])


def test_non_scalar_backward_uses_preset_grad():
    x = chainer.Variable(numpy.array([1., 2.], numpy.float32))
    y = x * x
    y.grad = numpy.array([1., 10.], numpy.float32)
    y.backward()
    numpy.testing.assert_allclose(x.grad, [2., 40.])


def test_size_one_non_scalar_warns_like_chainer():
    x = chainer.Variable(numpy.array([[2.]], numpy.float32))
    y = x * x
    with pytest.warns(DeprecationWarning):
        y.backward()
    numpy.testing.assert_allclose(x.grad, [[4.]])


def test_unchain_backward_truncates_graph():
    x = chainer.Variable(numpy.array([1., 2.], numpy.float32))
    h = x * 2
    y = F.sum(h)
    y.unchain_backward()
    assert h.creator is None and y.creator is None
    z = F.sum(h * h)
    z.backward()
    assert x.grad is None                      # graph was cut at h
    numpy.testing.assert_allclose(h.grad, [4., 8.])


def test_creator_labels_and_rank():
    x = chainer.Variable(numpy.array([1., 2.], numpy.float32))
    y = F.relu(x)
    assert y.creator.label == 'ReLU'
    assert isinstance(y.creator, chainer.FunctionNode)
    assert y.creator is y.creator
    assert y.creator.inputs[0].get_variable() is x
    assert (x * 2).creator.label == '_ * 2'
    assert (x - 2).creator.label == '_ + (-2)'
    assert (2 - x).creator.label == '2 - _'
    assert y.rank == 1 and x.rank == 0


def test_double_backprop():
    x = chainer.Variable(numpy.array([1., 2.], numpy.float32))
    y = F.sum(x * x * x)
    gx, = chainer.grad([y], [x], enable_double_backprop=True)
    numpy.testing.assert_allclose(gx.array, [3., 12.])
    z = F.sum(gx * gx)
    z.backward()
    numpy.testing.assert_allclose(x.grad, 2 * 3 * x.array ** 2 * 6 * x.array)


def test_repr_str_match_chainer():
    x = chainer.Variable(numpy.arange(6, dtype=numpy.float32).reshape(2, 3),
                         name='x')
    assert repr(x) == 'variable x([[0., 1., 2.],\n            [3., 4., 5.]])'
    assert str(x) == 'variable x([[0. 1. 2.]\n            [3. 4. 5.]])'
    y = chainer.Variable(numpy.zeros((0, 3), dtype=numpy.float32))
    assert repr(y) == 'variable([], shape=(0, 3))'
    assert str(y) == 'variable([])'
    assert repr(chainer.Variable(numpy.array(3.5))) == 'variable(3.5)'
    assert repr(chainer.Variable()) == 'variable(None)'
    assert x.summary() == '<variable x>'


def test_invalid_data_type_error_matches_chainer():
    with pytest.raises(TypeError) as e:
        chainer.Variable(numpy.float64(2))
    assert str(e.value) == (" or <class 'numpy.ndarray'> are expected. "
                            "Actual: <class 'numpy.float64'>")


def test_dtype_mismatch_raises_invalid_type():
    a = chainer.Variable(numpy.ones(3, numpy.float32))
    b = chainer.Variable(numpy.ones(3, numpy.float64))
    with pytest.raises(type_check.InvalidType) as e:
        a + b
    assert str(e.value) == ('\nInvalid operation is performed in: _ + _ '
                            '(Forward)\n\nExpect: lhs.dtype == rhs.dtype\n'
                            'Actual: float32 != float64')
    with pytest.raises(type_check.InvalidType) as e:
        a + chainer.Variable(numpy.ones(4, numpy.float32))
    assert str(e.value) == ('cannot broadcast inputs of the following '
                            'shapes:\nlhs.shape = (3,)\nrhs.shape = (4,)')
    # an ndarray operand is cast to the Variable's dtype (Chainer rule)
    assert (a + numpy.ones(3)).dtype == numpy.float32


def test_relu_on_int_fails_as_chainer():
    with pytest.raises(type_check.InvalidType) as e:
        F.relu(numpy.zeros((1, 4), numpy.int32))
    assert str(e.value) == ('\nInvalid operation is performed in: ReLU '
                            '(Forward)\n\nExpect: x.dtype.kind == f\n'
                            'Actual: i != f')


def test_variable_protocol_errors():
    x = chainer.Variable(numpy.ones(2, numpy.float32))
    with pytest.raises(TypeError):
        x < x
    with pytest.raises(TypeError):
        bool(x)
    with pytest.raises(TypeError):
        hash(x)
    assert len(x) == 2


def test_torch_function_interop():
    x = chainer.Variable(numpy.array([-1., 2.], numpy.float32))
    t = torch.relu(x)
    assert isinstance(t, torch.Tensor)
    numpy.testing.assert_array_equal(t.detach().numpy(), [0., 2.])
    # Chainer's Variable has no __array__: numpy sees a sequence of
    # Variables (object array), not the values.
    a = numpy.asarray(x)
    assert a.dtype == object and a.shape == (2,)


def test_no_backprop_mode_is_torch_grad_mode():
    x = chainer.Variable(numpy.ones(2, numpy.float32))
    with chainer.no_backprop_mode():
        assert not torch.is_grad_enabled()
        assert chainer.config.enable_backprop is False
        y = x * 2
        assert y.creator is None
        with chainer.force_backprop_mode():
            assert torch.is_grad_enabled()
    assert torch.is_grad_enabled() and chainer.config.enable_backprop


def test_config_is_thread_local():
    import threading
    seen = []
    with chainer.using_config('train', False):
        t = threading.Thread(target=lambda: seen.append(chainer.config.train))
        t.start()
        t.join()
        assert chainer.config.train is False
    assert seen == [True]


def test_parameter_initialised_grad_is_nan_until_cleared():
    p = chainer.Parameter(chainer.initializers.Zero(), (2,))
    assert numpy.isnan(p.grad).all()
    p.cleargrad()
    assert p.grad is None


def test_rng_parity_of_default_initializer():
    import chainer_compat.links as L
    numpy.random.seed(0)
    link = L.Linear(3, 2)
    numpy.random.seed(0)
    expected = numpy.random.normal(0, numpy.sqrt(1. / 3), (2, 3)).astype(
        numpy.float32)
    numpy.testing.assert_array_equal(link.W.array, expected)
