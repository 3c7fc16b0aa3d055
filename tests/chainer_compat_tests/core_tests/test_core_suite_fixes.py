"""Core behaviours fixed against Chainer 7.8.1's own test suite.

Each test states a Chainer behaviour (checked against real Chainer 7.8.1)
that the facade got wrong before.
"""
import copy
import warnings

import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat import _backprop_utils
from chainer_compat import backend
from chainer_compat.utils import type_check


def _f32(*shape):
    return numpy.arange(numpy.prod(shape), dtype=numpy.float32).reshape(shape)


# -- Link ------------------------------------------------------------------

def test_link_init_accepts_numpy_integer_shape_with_dtype():
    link = chainer.Link(x=((2, numpy.int64(3)), 'd'), u=(None, 'd'))
    assert link.x.shape == (2, 3)
    assert link.x.dtype == numpy.float64
    assert link.u.array is None


def test_persistent_array_is_the_registered_object():
    link = chainer.Link()
    p = numpy.array([1, 2, 3], dtype='f')
    link.add_persistent('p', p)
    assert link.p is p
    assert link.copy(mode='share').p is p


def test_scalar_float_persistent_keeps_double_precision():
    link = chainer.Link()
    link.add_persistent('z', 2.4)
    assert link.z == 2.4


def test_share_copy_shares_the_array_object():
    link = chainer.Link()
    with link.init_scope():
        link.x = chainer.Parameter(_f32(2, 3))
    shared = link.copy(mode='share')
    assert shared.x is not link.x
    assert shared.x.array is link.x.array


def test_link_without_forward_raises_attribute_error():
    class Model(chainer.Chain):
        pass

    with pytest.raises(AttributeError):
        Model()(0)


def test_link_call_prefers_mixin_call():
    calls = []

    class CallMixin(object):
        def __call__(self, *args, **kwargs):
            calls.append((args, kwargs))
            return 3

    class Injected(chainer.Link, CallMixin):
        pass

    assert Injected()(1, a=2) == 3
    assert calls == [((1,), {'a': 2})]


def test_link_instance_forward_is_called():
    class Model(chainer.Chain):
        pass

    m = Model()
    m.forward = lambda x: x + 1
    assert m(1) == 2


def test_overriding_final_device_methods():
    with pytest.raises(TypeError, match='is final'):
        class A(chainer.Link):
            def to_device(self, device):
                pass
    with pytest.warns(DeprecationWarning, match='Overriding method'):
        class B(chainer.Link):
            def to_cpu(self):
                pass


def test_deepcopy_then_initialize_gives_nan_grad():
    link = chainer.Link()
    with link.init_scope():
        link.x = chainer.Parameter(shape=(2,))
    c = link.copy(mode='init')
    assert numpy.isnan(c.x.grad).all()


# -- Parameter -------------------------------------------------------------

def test_zerograd_on_uninitialized_parameter():
    p = chainer.Parameter()
    with pytest.warns(DeprecationWarning):
        p.zerograd()
    p.initialize((2,))
    numpy.testing.assert_array_equal(p.grad, numpy.zeros(2, 'f'))


def test_addgrad_initializes_uninitialized_parameter():
    x = chainer.Parameter()
    y = chainer.Parameter(_f32(3))
    y.grad = numpy.ones(3, 'f')
    x.cleargrad()
    x.addgrad(y)
    numpy.testing.assert_array_equal(x.grad, numpy.ones(3, 'f'))


def test_initialize_without_grad_initializer_drops_grad():
    p = chainer.Parameter(chainer.initializers.One(), shape=(2,))
    assert numpy.isnan(p.grad).all()
    p.initialize((2,))
    assert p.grad is None


# -- Variable --------------------------------------------------------------

def test_grad_and_grad_var_are_stable_objects():
    v = chainer.Variable(_f32(3))
    v.grad = numpy.ones(3, 'f')
    assert v.grad is v.grad
    assert v.grad_var is v.grad_var
    assert v.grad_var.requires_grad is True
    gv = chainer.Variable(numpy.ones(3, 'f'))
    v.grad_var = gv
    assert v.grad_var is gv


def test_node_rank_is_private_attribute_and_kept_on_unchain():
    x = chainer.Variable(_f32(3))
    x._node._rank = 3
    assert x.rank == 3
    y = F.identity(x) if hasattr(F, 'identity') else x * 1
    r = y.rank
    assert r == 4
    y.unchain()
    assert y.rank == r


def test_init_unchecked():
    v = chainer.Variable._init_unchecked(_f32(2), name='a')
    assert v.name == 'a'
    assert v.shape == (2,)


# -- FunctionNode ----------------------------------------------------------

class _Pair(chainer.FunctionNode):
    def forward(self, inputs):
        self.retain_inputs((1,))
        x, y = inputs
        return x * 2, y + 1

    def backward(self, indexes, grad_outputs):
        return grad_outputs[0] * 2, grad_outputs[1]


def test_check_type_forward_gets_light_types_first():
    seen = []

    class F1(_Pair):
        def check_type_forward(self, in_types):
            seen.append(type(in_types))

    F1().apply((_f32(2), _f32(2)))
    assert seen == [type_check.LightTypeInfoTuple]


def test_apply_rank_and_retained_input_data():
    x1 = chainer.Variable(_f32(2))
    x2 = chainer.Variable(_f32(2))
    x1._node._rank = 1
    x2._node._rank = 3
    f = _Pair()
    ys = f.apply((x1, x2))
    assert all(y.rank == 4 for y in ys)
    assert x1.node.data is None
    assert x2.node.data is not None


def test_forward_output_type_error_messages():
    class Bad(chainer.FunctionNode):
        def forward(self, inputs):
            return object(),

    with pytest.raises(TypeError, match='forward output must be a tuple '
                                        'of ndarrays'):
        Bad().apply((_f32(2),))

    class NotTuple(chainer.FunctionNode):
        def forward(self, inputs):
            return inputs[0]

    with pytest.raises(TypeError, match=r'forward output must be a tuple '
                                        r'\(NotTuple\)'):
        NotTuple().apply((_f32(2),))


def test_debug_mode_nan_and_grad_checks():
    class Nan(chainer.FunctionNode):
        def forward(self, inputs):
            return numpy.array([numpy.nan], 'f'),

    with chainer.using_config('debug', True):
        with pytest.raises(RuntimeError, match='NaN is detected on forward'):
            Nan().apply((_f32(1),))

    class BadShape(chainer.FunctionNode):
        def forward(self, inputs):
            return inputs[0] * 1,

        def backward(self, indexes, gys):
            return chainer.Variable(numpy.ones(2, 'f')),

    y, = BadShape().apply((chainer.Variable(_f32(1)),))
    with chainer.using_config('debug', True):
        with pytest.raises(ValueError, match='shape of gradients'):
            y.backward()


def test_rank_is_settable_on_function_nodes():
    class MockFunction(chainer.Function):
        pass

    f = MockFunction()
    f.node.rank = 10
    x = chainer.Variable(_f32(2))
    x.set_creator(f)
    assert x.rank == 11


def test_grad_inputs_flow_through_intermediate_inputs():
    # Chainer inserts grad_inputs at the input nodes: x1's grad includes
    # the path through x2 carrying gx2.
    v = chainer.Variable(numpy.array(0.5, 'f'))
    x1 = v + v
    x2 = (x1 * 1.) + (x1 * 1.)
    y = x2 * 3.
    gx = chainer.grad([y], [x1, x2],
                      grad_inputs=[chainer.Variable(numpy.array(1000., 'f')),
                                   chainer.Variable(numpy.array(100., 'f'))])
    numpy.testing.assert_allclose(gx[1].array, 103.)
    numpy.testing.assert_allclose(gx[0].array, 2 * 103. + 1000.)


def test_grad_seeds_non_scalar_outputs_with_ones():
    x = chainer.Variable(_f32(3))
    y = x * 2.
    gx, = chainer.grad([y], [x])
    numpy.testing.assert_array_equal(gx.array, numpy.full(3, 2, 'f'))


# -- _backprop_utils -------------------------------------------------------

def test_backprop_step_accumulates_into_lists():
    class Func(chainer.FunctionNode):
        def backward(self, indexes, gys):
            return chainer.Variable(numpy.ones(2, 'f')), None

    x1 = chainer.Variable(_f32(2))
    x2 = chainer.Variable(_f32(2))
    f = Func()
    f.inputs = (x1.node, x2.node)
    prev = chainer.Variable(numpy.full(2, 3, 'f'))
    table = {x1.node: [prev], x2.node: []}
    _backprop_utils.backprop_step(f, (0, 1), (None,), table, True)
    assert len(table[x1.node]) == 1
    numpy.testing.assert_array_equal(
        _backprop_utils._reduce(table[x1.node]).array, numpy.full(2, 4, 'f'))
    assert _backprop_utils._reduce(table[x2.node]) is None


# -- backend ---------------------------------------------------------------

@pytest.mark.parametrize('spec', ['@foo', '@numpy:0', ('native', 0), ''])
def test_using_device_checks_the_specifier_on_call(spec):
    with pytest.raises(Exception):
        backend.using_device(spec)


def test_unprefixed_specifier_mentions_chainerx():
    with pytest.raises(RuntimeError, match='ChainerX'):
        chainer.get_device('foo')


# -- retention, old-style double backprop, debug mode -----------------------

class _Retaining(chainer.FunctionNode):
    def forward(self, inputs):
        self.retain_inputs((1,))
        self.retain_outputs((0,))
        return inputs[0] * 2, inputs[1] + 0

    def backward(self, indexes, grad_outputs):
        self.got_in = self.get_retained_inputs()
        return tuple(grad_outputs[0] * 2 if i == 0 else None
                     for i in indexes)


def test_retained_inputs_are_the_input_variables():
    x1 = chainer.Variable(_f32(2))
    x2 = chainer.Variable(_f32(2))
    f = _Retaining()
    y1, y2 = f.apply((x1, x2))
    y1.grad = numpy.ones(2, 'f')
    y1.backward()
    assert f.got_in[0].node is x2.node


def test_output_node_keeps_creator_after_variable_is_gone():
    f = _Retaining()
    ys = f.apply((chainer.Variable(_f32(2)), chainer.Variable(_f32(2))))
    node = ys[0].node
    del ys
    assert node.creator_node is f
    assert f.output_data[0] is not None


class _OldIdentity(chainer.Function):
    def forward(self, inputs):
        return inputs

    def backward(self, inputs, grad_outputs):
        return grad_outputs


def test_old_style_gradient_cannot_be_differentiated_twice():
    x = chainer.Variable(numpy.array(42, numpy.float32))
    y = _OldIdentity()(x)
    y.backward(enable_double_backprop=True)
    with pytest.raises(RuntimeError, match='old style Function'):
        x.grad_var.backward()


def test_debug_mode_backward_nan_and_stack():
    x = chainer.Variable(numpy.array([1], numpy.float32))
    y = x * 1.
    y.grad = numpy.array([numpy.nan], numpy.float32)
    with chainer.using_config('debug', True):
        with pytest.raises(RuntimeError):
            y.backward()

    class Bad(chainer.Function):
        def forward(self, inputs):
            return numpy.array(1, numpy.float32),

        def backward(self, inputs, grads):
            return numpy.array([1, 2], numpy.float32),

    with chainer.using_config('debug', True):
        x = chainer.Variable(numpy.array([1], numpy.float32))
        y = Bad()(x)
        with pytest.raises(ValueError, match='Stacktrace'):
            y.backward()


def test_debug_print_matches_chainer_format():
    v = chainer.Variable(numpy.arange(4, dtype=numpy.float32))
    out = v.debug_print()
    assert '- device: CPU' in out
    assert 'mean={:.8f}, std={:.8f}'.format(
        float(numpy.mean(v.array)), float(numpy.std(v.array))) in out
    assert '- device: None' in chainer.Variable().debug_print()


def test_parameter_private_grad_and_shallow_copy_initialize():
    p = chainer.Parameter(shape=(2,))
    assert isinstance(p._grad, numpy.ndarray)
    x = chainer.Parameter()
    y = copy.copy(x)
    x.initialize((3, 2))
    assert y.array is not None
    assert y.shape == (3, 2)
