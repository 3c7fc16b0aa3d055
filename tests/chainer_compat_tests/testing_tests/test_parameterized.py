import sys
import types
import unittest

import pytest

from chainer_compat import testing
from chainer_compat.testing import parameterized


def _fresh_module():
    mod = types.ModuleType('_param_probe_module')
    sys.modules[mod.__name__] = mod
    return mod


def _make_base(mod, name='Base'):
    def test_one(self):
        return self.a

    cls = type(name, (unittest.TestCase,), {'test_one': test_one,
                                             'helper': lambda self: 0})
    cls.__module__ = mod.__name__
    setattr(mod, name, cls)
    return cls


def test_product_dict_order_and_merge():
    assert testing.product({'b': [1, 2], 'a,c': [(1, 2), (3, 4)]}) == [
        {'a': 1, 'c': 2, 'b': 1}, {'a': 1, 'c': 2, 'b': 2},
        {'a': 3, 'c': 4, 'b': 1}, {'a': 3, 'c': 4, 'b': 2}]
    assert testing.product_dict([{'x': 1}, {'x': 2}], [{'y': 3}]) == [
        {'x': 1, 'y': 3}, {'x': 2, 'y': 3}]
    assert testing.product([[{'x': 1}], [{'y': 2}, {'y': 3}]]) == [
        {'x': 1, 'y': 2}, {'x': 1, 'y': 3}]


def test_product_type_errors():
    with pytest.raises(TypeError):
        testing.product(3)
    with pytest.raises(TypeError):
        testing.product([[1]])


def test_pytest_style():
    assert testing.from_pytest_parameterize('a,b', [(1, 2), (3, 4)]) == [
        {'a': 1, 'b': 2}, {'a': 3, 'b': 4}]
    assert testing.from_pytest_parameterize('a', [1, (2, 3)]) == [
        {'a': 1}, {'a': (2, 3)}]


def test_pairwise_covers_all_pairs_like_chainer():
    # Reference values from Chainer 7.8.1.
    dicts = [[{'a': 1}, {'a': 2}], [{'b': 1}, {'b': 2}], [{'c': 1}, {'c': 2}]]
    assert parameterized._pairwise_product_dict(*dicts) == [
        {'a': 1, 'b': 1, 'c': 1}, {'a': 1, 'b': 1, 'c': 2},
        {'a': 1, 'b': 2, 'c': 1}, {'a': 2, 'b': 1, 'c': 2},
        {'a': 2, 'b': 2, 'c': 1}, {'a': 2, 'b': 2, 'c': 2}]


def test_parameterize_names_classes_like_chainer():
    mod = _fresh_module()
    base = _make_base(mod)
    testing.parameterize({'a': 1, 'f': len}, {'a': 'x' * 200})(base)
    names = sorted(n for n in vars(mod) if n.startswith('Base_'))
    long_value = repr('x' * 200)
    short = long_value[:48] + '...' + long_value[-49:]
    assert names == ['Base_param_0_{a=1, f=len}',
                     'Base_param_1_{a=%s}' % short]
    cls = getattr(mod, 'Base_param_0_{a=1, f=len}')
    assert cls.a == 1 and issubclass(cls, base)
    # plain functions become methods that ignore self
    assert cls('test_one').f([1, 2]) == 2


def test_stacked_decorators_keep_only_final_classes():
    mod = _fresh_module()
    base = _make_base(mod, 'Stack')
    testing.parameterize({'a': 1}, {'a': 2})(
        testing.inject_backend_tests(None, [{}])(base))
    generated = sorted(n for n in vars(mod) if n.startswith('Stack_'))
    cfg = ('use_chainerx_false__chainerx_device_None__use_cuda_false__'
           'cuda_device_None__use_cudnn_never__cudnn_deterministic_false__'
           'autotune_false__cudnn_fast_batch_normalization_false__'
           'use_ideep_never')
    assert generated == ['Stack_{}_param_0_{{a=1}}'.format(cfg),
                         'Stack_{}_param_1_{{a=2}}'.format(cfg)]
    assert not hasattr(mod, 'Stack_' + cfg)  # intermediate removed


def test_failure_message_names_parameters():
    mod = _fresh_module()
    base = _make_base(mod, 'Fails')

    def test_boom(self):
        raise ValueError('boom')
    base.test_boom = test_boom
    testing.parameterize({'a': 3})(base)
    cls = getattr(mod, 'Fails_param_0_{a=3}')
    with pytest.raises(ValueError) as e:
        cls('test_boom').test_boom()
    msg = str(e.value)
    assert 'Parameterized test failed.' in msg
    assert 'Base test method: Fails.test_boom' in msg
    assert '  a: 3' in msg and 'ValueError: boom' in msg


def test_inject_backend_tests_passes_config_and_marks():
    mod = _fresh_module()
    seen = []

    def test_x(self, backend_config):
        seen.append(backend_config)

    def test_other(self):
        pass

    base = type('Inj', (unittest.TestCase,),
                {'test_x': test_x, 'test_other': test_other})
    base.__module__ = mod.__name__
    testing.inject_backend_tests(['test_x'], [{}, {'use_cuda': True}])(base)
    # the base keeps the non-injected method only
    assert mod.Inj.test_x is None
    gpu_name = [n for n in vars(mod) if 'use_cuda_true' in n][0]
    gpu_cls = getattr(mod, gpu_name)
    assert gpu_cls.test_other is None
    marks = [m.name for m in gpu_cls.test_x.pytestmark]
    assert marks == ['gpu']
    cpu_name = [n for n in vars(mod) if 'use_cuda_false' in n][0]
    getattr(mod, cpu_name)('test_x').test_x()
    assert seen[0].use_cuda is False and seen[0].xp.__name__ == 'numpy'


def test_inject_backend_tests_argument_errors():
    with pytest.raises(TypeError):
        testing.inject_backend_tests('test_x', [{}])
    with pytest.raises(TypeError):
        testing.inject_backend_tests(None, {})
    with pytest.raises(TypeError):
        testing.inject_backend_tests(None, [1])


def test_backend_config():
    c = testing.BackendConfig({'use_cuda': True, 'use_cudnn': 'always'})
    assert c.cuda_device == 0
    assert [m.__name__ for m in c.get_pytest_marks()] == ['gpu', 'cudnn']
    assert repr(testing.BackendConfig({})).startswith(
        '<BackendConfig use_chainerx=False chainerx_device=None use_cuda=')
    with pytest.raises(ValueError):
        testing.BackendConfig({'no_such': 1})
    with pytest.raises(TypeError):
        testing.BackendConfig([])
