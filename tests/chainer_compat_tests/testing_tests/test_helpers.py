import random
import unittest
import warnings

import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat import testing
from chainer_compat.testing import attr
from chainer_compat.testing import condition
from chainer_compat.testing import function_link
from chainer_compat.testing import random as testing_random


def test_attr_marks_are_pytest_marks():
    def f():
        pass
    for name in ('slow', 'cudnn', 'chainerx', 'ideep'):
        marked = getattr(attr, name)(f)
        assert name in [m.name for m in marked.pytestmark]
    def g():
        pass
    g = attr.gpu(g)
    assert [m.name for m in g.pytestmark] == ['gpu']
    assert attr.is_available() and attr.get_error() is None


def test_assert_allclose_message():
    testing.assert_allclose(numpy.ones(3), numpy.ones(3) + 1e-7)
    testing.assert_allclose(chainer.Variable(numpy.ones(2)), numpy.ones(2))
    with pytest.raises(AssertionError) as e:
        testing.assert_allclose(numpy.array([1., 2.]), numpy.array([1., 3.]))
    msg = str(e.value)
    assert 'assert_allclose failed:' in msg
    assert '  i: (1,)' in msg and 'x[i]: 2.0' in msg and 'y[i]: 3.0' in msg


def test_condition_retry_and_repeat():
    calls = []

    class T(unittest.TestCase):
        @condition.retry(3)
        def test_flaky(self):
            calls.append(1)
            self.assertGreaterEqual(len(calls), 2)

        @condition.repeat(3)
        def test_broken(self):
            self.fail('always')

    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
    assert len(calls) == 2  # passed on the second trial
    assert len(result.failures) == 1
    assert 'Fail: 1, Success: 0' in result.failures[0][1]


def test_fix_random_restores_state():
    numpy.random.seed(7)
    random.seed(7)
    before_np = numpy.random.get_state()[1].copy()
    draws = []

    class T(unittest.TestCase):
        @testing.fix_random()
        def test_a(self):
            draws.append(numpy.random.rand())
            draws.append(testing.generate_seed())

    T('test_a').test_a()
    T('test_a').test_a()
    assert draws[0] == draws[2] and draws[1] == draws[3]
    numpy.random.seed(100)
    assert draws[0] == numpy.random.rand()
    numpy.random.seed(7)
    assert (numpy.random.get_state()[1] == before_np).all()
    assert testing_random._nest_count == 0


def test_fix_random_on_class_wraps_setup():
    values = []

    @testing.fix_random()
    class T(unittest.TestCase):
        def setUp(self):
            values.append(numpy.random.rand())

        def test_a(self):
            pass

    cls = T.cases[0].klass
    for _ in range(2):
        t = cls('test_a')
        t.setUp()
        t.tearDown()
    assert values[0] == values[1]


def test_with_requires():
    @testing.with_requires('numpy>=1.0')
    def yes():
        return 1

    @testing.with_requires('numpy<1.0')
    def no():
        return 1

    @testing.without_requires('no-such-package-xyz')
    def yes2():
        return 1

    assert yes() == 1 and yes2() == 1
    with pytest.raises(unittest.SkipTest, match='requires: numpy<1.0'):
        no()


def test_assert_warns():
    with testing.assert_warns(UserWarning):
        warnings.warn('x', UserWarning)
    with pytest.raises(AssertionError, match='DeprecationWarning not '
                                             'triggerred'):
        with testing.assert_warns(DeprecationWarning):
            pass


def test_patch_wraps_original():
    with testing.patch('chainer_compat.functions.tanh') as m:
        y = F.tanh(numpy.zeros(2, numpy.float32))
    assert m.call_count == 1
    assert (y.array == 0).all()


def test_generate_matrix_like_chainer():
    numpy.random.seed(1)
    m = testing.generate_matrix((2, 3), numpy.float32,
                                singular_values=[1., 2.])
    numpy.testing.assert_allclose(m, [
        [1.5912033319473267, -0.5132062435150146, -1.011895775794983],
        [-0.14034366607666016, 0.24349187314510345, -1.0496540069580078]],
        rtol=1e-6)
    numpy.testing.assert_allclose(
        numpy.linalg.svd(m, compute_uv=False), [2., 1.], rtol=1e-5)
    with pytest.raises(TypeError):
        testing.generate_matrix((2, 2))
    with pytest.raises(ValueError):
        testing.generate_matrix((2,), singular_values=1)


def test_save_and_load_npz_roundtrip():
    from chainer_compat import links as L
    src = L.Linear(2, 3)
    dst = L.Linear(2, 3)
    testing.save_and_load_npz(src, dst)
    numpy.testing.assert_array_equal(src.W.array, dst.W.array)


def _failing_tanh_case():
    # Defined in a function so that pytest does not collect it.
    class FailingTanh(testing.FunctionTestCase):

        def generate_inputs(self):
            return numpy.random.uniform(-1, 1, (2, 3)).astype(
                numpy.float32),

        def forward(self, inputs, device):
            return F.tanh(inputs[0]),

        def forward_expected(self, inputs):
            return numpy.tanh(inputs[0]) + 1,  # planted forward error

    return FailingTanh


def test_function_test_case_reports_wrong_forward():
    cfg = testing.BackendConfig({})
    _FailingTanh = _failing_tanh_case()
    t = _FailingTanh('test_forward')
    with pytest.raises(testing.FunctionTestError) as e:
        t.test_forward(cfg)
    assert 'Outputs do not match the expected values.' in str(e.value)
    # backward of the real tanh is right
    t = _FailingTanh('test_backward')
    t.check_backward_options = {'atol': 1e-4, 'rtol': 1e-4}
    t.test_backward(cfg)


def test_function_test_case_reports_wrong_backward():
    class WrongGrad(chainer.FunctionNode):
        def forward(self, inputs):
            return numpy.tanh(inputs[0]),

        def backward(self, indexes, gys):
            return gys[0],  # d tanh is not 1

    class T(_failing_tanh_case()):
        def forward(self, inputs, device):
            return WrongGrad().apply(inputs)

    with pytest.raises(testing.FunctionTestError,
                       match='backward is not implemented correctly'):
        T('test_backward').test_backward(testing.BackendConfig({}))


def test_link_test_case():
    from chainer_compat import links as L

    class TLinear(testing.LinkTestCase):
        param_names = ('W', 'b')

        def setUp(self):
            self.check_backward_options = {'atol': 1e-4, 'rtol': 1e-4}

        def generate_params(self):
            return (numpy.random.uniform(-1, 1, (3, 2)).astype(numpy.float32),
                    numpy.random.uniform(-1, 1, (3,)).astype(numpy.float32))

        def generate_inputs(self):
            return numpy.random.uniform(-1, 1, (1, 2)).astype(
                numpy.float32),

        def create_link(self, initializers):
            W, b = initializers
            return L.Linear(2, 3, initialW=W, initial_bias=b)

        def forward_expected(self, link, inputs):
            x, = inputs
            return x.dot(link.W.array.T) + link.b.array,

    cfg = testing.BackendConfig({})
    TLinear('test_forward').test_forward(cfg)
    t = TLinear('test_backward')
    t.setUp()
    t.test_backward(cfg)


def test_check_arrays_equal_errors():
    with pytest.raises(testing.LinkTestError, match='Shapes and/or dtypes'):
        function_link._check_arrays_equal(
            (numpy.zeros(2),), (numpy.zeros(3),), testing.LinkTestError)


def test_unary_math_function_unittest_generates_classes():
    import sys
    import types
    mod = types.ModuleType('_umf_probe')
    sys.modules[mod.__name__] = mod

    class TestTanhU(unittest.TestCase):
        pass
    TestTanhU.__module__ = mod.__name__
    testing.unary_math_function_unittest(F.tanh)(TestTanhU)
    names = sorted(n for n in vars(mod) if n.startswith('TestTanhU_'))
    assert len(names) == 6
    assert names[0] == 'TestTanhU_param_0_{dtype=float16, shape=(3, 2)}'
    cls = getattr(mod, 'TestTanhU_param_2_{dtype=float32, shape=(3, 2)}')
    for m in ('test_forward_cpu', 'test_backward_cpu',
              'test_double_backward_cpu'):
        t = cls(m)
        t.setUp()
        getattr(t, m)()
    assert [x.name for x in cls.test_forward_gpu.pytestmark] == ['gpu']


def test_run_module_is_noop_when_imported():
    assert testing.run_module('not_main', __file__) is None


def test_trainer_with_mock_updater():
    trainer = testing.get_trainer_with_mock_updater((2, 'epoch'),
                                                    iter_per_epoch=3)
    trainer.run()
    assert trainer.updater.iteration == 6
    assert trainer.updater.epoch == 2


def test_distribution_unittest_methods():
    names = [n for n in dir(testing.distribution_unittest)
             if n.startswith('test_')]
    assert len(names) == 30
    assert 'test_log_prob_cpu' in names and 'test_support_gpu' in names
    gpu = testing.distribution_unittest.test_sample_gpu
    assert [m.name for m in gpu.pytestmark] == ['gpu']
