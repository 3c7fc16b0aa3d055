"""``fix_random``: deterministic numpy (or cupy) RNG state per test."""
import atexit
import functools
import os
import random
import types

import numpy

from chainer_compat.backends import cuda
from chainer_compat.testing import _bundle


_old_python_random_state = None
_old_numpy_random_state = None


def _numpy_do_setup(deterministic=True):
    global _old_python_random_state, _old_numpy_random_state
    _old_python_random_state = random.getstate()
    _old_numpy_random_state = numpy.random.get_state()
    if deterministic:
        numpy.random.seed(100)
    else:
        numpy.random.seed()


def _numpy_do_teardown():
    global _old_python_random_state, _old_numpy_random_state
    random.setstate(_old_python_random_state)
    numpy.random.set_state(_old_numpy_random_state)
    _old_python_random_state = None
    _old_numpy_random_state = None


def _cupy_testing_random():  # pragma: no cover - needs cupy
    testing = cuda.cupy.testing
    return getattr(testing, 'random', None) or testing._random


def _use_cupy():
    # Chainer seeds cupy's testing RNG (which also seeds numpy) when CUDA is
    # available; that needs cupy itself.
    return cuda.available and bool(cuda.cupy)


def do_setup(deterministic=True):
    if _use_cupy():  # pragma: no cover
        _cupy_testing_random().do_setup(deterministic)
    else:
        _numpy_do_setup(deterministic)


def do_teardown():
    if _use_cupy():  # pragma: no cover
        _cupy_testing_random().do_teardown()
    else:
        _numpy_do_teardown()


# setUp/tearDown can nest (condition.repeat); only the outermost pair acts.
_nest_count = 0


@atexit.register
def _check_teardown():
    assert _nest_count == 0, ('_setup_random() and _teardown_random() '
                              'must be called in pairs.')


def _setup_random():
    global _nest_count
    if _nest_count == 0:
        nondeterministic = bool(int(os.environ.get(
            'CHAINER_TEST_RANDOM_NONDETERMINISTIC', '0')))
        do_setup(not nondeterministic)
    _nest_count += 1


def _teardown_random():
    global _nest_count
    assert _nest_count > 0, '_setup_random has not been called'
    _nest_count -= 1
    if _nest_count == 0:
        do_teardown()


def generate_seed():
    """Draws a seed from the fixed RNG (only inside ``fix_random``)."""
    assert _nest_count > 0, 'random is not set up'
    return numpy.random.randint(0xffffffff)


def _wrap_setup_teardown(klass, setup_name, teardown_name):
    prev_setup = getattr(klass, setup_name)
    prev_teardown = getattr(klass, teardown_name)

    @functools.wraps(prev_setup)
    def new_setup(self):
        _setup_random()
        prev_setup(self)

    @functools.wraps(prev_teardown)
    def new_teardown(self):
        try:
            prev_teardown(self)
        finally:
            _teardown_random()

    setattr(klass, setup_name, new_setup)
    setattr(klass, teardown_name, new_teardown)


def _fix_random(setup_method_name, teardown_method_name):
    def decorator(impl):
        if (isinstance(impl, types.FunctionType)
                and impl.__name__.startswith('test_')):
            @functools.wraps(impl)
            def test_func(self, *args, **kw):
                _setup_random()
                try:
                    impl(self, *args, **kw)
                finally:
                    _teardown_random()
            return test_func

        if isinstance(impl, _bundle._ParameterizedTestCaseBundle):
            cases = impl
        else:
            cases = _bundle._ParameterizedTestCaseBundle(
                [_bundle._TestCaseTuple(impl, None, None)])
        for klass, _, _ in cases.cases:
            _wrap_setup_teardown(
                klass, setup_method_name, teardown_method_name)
        return cases
    return decorator


def fix_random(*, setup_method='setUp', teardown_method='tearDown'):
    """Fixes numpy's random state (seed 100) around a test or test class.

    Do not apply it inside ``condition.retry``/``condition.repeat``.
    """
    return _fix_random(setup_method, teardown_method)
