"""``FunctionTestCase``, ``LinkTestCase`` and ``LinkInitializersTestCase``.

Test templates used with :func:`chainer.testing.inject_backend_tests`: the
concrete class provides inputs, the function/link under test and the
expected outputs; the template checks forward, backward (numerically, with
:func:`chainer.gradient_check.check_backward`) and double backward.
"""
import contextlib
import io
import unittest

import numpy

import chainer_compat
from chainer_compat import backend
from chainer_compat import initializers
from chainer_compat import utils
from chainer_compat.testing import array as array_module


class _TestError(AssertionError):

    """Parent class to Chainer test errors."""

    @classmethod
    def check(cls, expr, message):
        if not expr:
            raise cls(message)

    @classmethod
    def fail(cls, message, exc=None):
        if exc is not None:
            utils._raise_from(cls, message, exc)
        raise cls(message)

    @classmethod
    @contextlib.contextmanager
    def raise_if_fail(cls, message, error_types=AssertionError):
        try:
            yield
        except error_types as e:
            cls.fail(message, e)


class FunctionTestError(_TestError):
    """Raised when the target function is implemented incorrectly."""


class LinkTestError(_TestError):
    """Raised when the target link is implemented incorrectly."""


class InitializerArgument(object):

    """Pairs a link constructor argument with the initializer it means
    (e.g. ``InitializerArgument(None, 0)`` for a bias)."""

    def __init__(self, argument_value, expected_initializer):
        if expected_initializer is None:
            raise ValueError('Expected initialized cannot be None.')
        initializers._check_is_initializer_like(expected_initializer)
        self.argument_value = argument_value
        self.expected_initializer = expected_initializer


def _uniform_like(templates):
    return tuple(
        numpy.random.uniform(-1, 1, a.shape).astype(a.dtype)
        for a in templates)


def _retry_nondifferentiable(enabled, do_check):
    from chainer_compat import gradient_check
    while True:
        try:
            do_check()
        except gradient_check.NondifferentiableError:
            if enabled:
                continue
            raise
        return


class FunctionTestBase(object):

    backend_config = None
    check_forward_options = None
    check_backward_options = None
    check_double_backward_options = None
    skip_forward_test = False
    skip_backward_test = False
    skip_double_backward_test = False
    dodge_nondifferentiable = False
    numerical_grad_dtype = numpy.float64
    contiguous = None

    def __init__(self, *args, **kwargs):
        super(FunctionTestBase, self).__init__(*args, **kwargs)
        self.check_forward_options = {}
        self.check_backward_options = {}
        self.check_double_backward_options = {}

    def before_test(self, test_name):
        pass

    def forward(self, inputs, device):
        raise NotImplementedError('forward() is not implemented.')

    def forward_expected(self, inputs):
        raise NotImplementedError('forward_expected() is not implemented.')

    def generate_inputs(self):
        raise NotImplementedError('generate_inputs() is not implemented.')

    def generate_grad_outputs(self, outputs_template):
        return _uniform_like(outputs_template)

    def generate_grad_grad_inputs(self, inputs_template):
        return _uniform_like(inputs_template)

    def check_forward_outputs(self, outputs, expected_outputs):
        assert isinstance(outputs, tuple)
        assert isinstance(expected_outputs, tuple)
        types = chainer_compat.get_array_types()
        assert all(isinstance(a, types) for a in outputs)
        assert all(isinstance(a, types) for a in expected_outputs)
        _check_arrays_equal(
            outputs, expected_outputs, FunctionTestError,
            **self.check_forward_options)

    def _to_noncontiguous_as_needed(self, contig_arrays):
        return _to_noncontiguous(self.contiguous, contig_arrays)

    def _generate_inputs(self):
        inputs = self.generate_inputs()
        _check_array_types(inputs, backend.CpuDevice(), 'generate_inputs')
        return inputs

    def _generate_grad_outputs(self, outputs_template):
        grad_outputs = self.generate_grad_outputs(outputs_template)
        _check_array_types(
            grad_outputs, backend.CpuDevice(), 'generate_grad_outputs')
        return grad_outputs

    def _generate_grad_grad_inputs(self, inputs_template):
        ggx = self.generate_grad_grad_inputs(inputs_template)
        _check_array_types(
            ggx, backend.CpuDevice(), 'generate_grad_grad_inputs')
        return ggx

    def _forward_expected(self, inputs):
        outputs = self.forward_expected(inputs)
        _check_array_types(outputs, backend.CpuDevice(), 'forward_expected')
        return outputs

    def _forward(self, inputs, backend_config):
        assert all(isinstance(a, chainer_compat.Variable) for a in inputs)
        with backend_config:
            outputs = self.forward(inputs, backend_config.device)
        _check_variable_types(
            outputs, backend_config.device, 'forward', FunctionTestError)
        return outputs

    def _start(self, backend_config, test_name):
        self.backend_config = backend_config
        self.test_name = test_name
        self.before_test(test_name)

    def run_test_forward(self, backend_config):
        if self.skip_forward_test:
            raise unittest.SkipTest('skip_forward_test is set')
        self._start(backend_config, 'test_forward')

        cpu_inputs = self._to_noncontiguous_as_needed(self._generate_inputs())
        inputs_copied = [a.copy() for a in cpu_inputs]
        cpu_expected = self._forward_expected(cpu_inputs)

        inputs = self._to_noncontiguous_as_needed(
            backend_config.get_array(cpu_inputs))
        outputs = self._forward(
            tuple(chainer_compat.Variable(
                a, requires_grad=a.dtype.kind == 'f') for a in inputs),
            backend_config)

        modified = []
        for i in range(len(inputs)):
            try:
                array_module.assert_allclose(
                    inputs_copied[i], inputs[i], atol=0, rtol=0)
            except AssertionError:
                modified.append(i)
        if modified:
            f = io.StringIO()
            f.write('Input arrays have been modified during forward.\n'
                    'Indices of modified inputs: {}\n'
                    'Input array shapes and dtypes: {}\n'.format(
                        ', '.join(str(i) for i in modified),
                        utils._format_array_props(inputs)))
            for i in modified:
                f.write('\nInput[{}]:\nOriginal:\n{}\nAfter forward:\n{}\n'
                        .format(i, inputs_copied[i], inputs[i]))
            FunctionTestError.fail(f.getvalue())

        self.check_forward_outputs(
            tuple(v.array for v in outputs), cpu_expected)

    def run_test_backward(self, backend_config):
        if self.skip_backward_test:
            raise unittest.SkipTest('skip_backward_test is set')
        from chainer_compat import gradient_check
        self._start(backend_config, 'test_backward')

        def f(*args):
            return self._forward(args, backend_config)

        def do_check():
            inputs = self._generate_inputs()
            outputs = self._forward_expected(inputs)
            grad_outputs = self._generate_grad_outputs(outputs)
            inputs = self._to_noncontiguous_as_needed(
                backend_config.get_array(inputs))
            grad_outputs = self._to_noncontiguous_as_needed(
                backend_config.get_array(grad_outputs))
            with FunctionTestError.raise_if_fail(
                    'backward is not implemented correctly'):
                gradient_check.check_backward(
                    f, inputs, grad_outputs, dtype=self.numerical_grad_dtype,
                    detect_nondifferentiable=self.dodge_nondifferentiable,
                    **self.check_backward_options)

        _retry_nondifferentiable(self.dodge_nondifferentiable, do_check)

    def run_test_double_backward(self, backend_config):
        if self.skip_double_backward_test:
            raise unittest.SkipTest('skip_double_backward_test is set')
        from chainer_compat import gradient_check
        self._start(backend_config, 'test_double_backward')

        def f(*args):
            return self._forward(args, backend_config)

        def do_check():
            inputs = self._generate_inputs()
            outputs = self._forward_expected(inputs)
            grad_outputs = self._generate_grad_outputs(outputs)
            grad_grad_inputs = self._generate_grad_grad_inputs(inputs)
            # ggx of non-float inputs are dropped; None stays (omitted).
            grad_grad_inputs = [
                g for g in grad_grad_inputs
                if g is None or g.dtype.kind == 'f']
            nc = self._to_noncontiguous_as_needed
            inputs = nc(backend_config.get_array(inputs))
            grad_outputs = nc(backend_config.get_array(grad_outputs))
            grad_grad_inputs = nc(backend_config.get_array(grad_grad_inputs))
            with backend_config:
                with FunctionTestError.raise_if_fail(
                        'double backward is not implemented correctly'):
                    gradient_check.check_double_backward(
                        f, inputs, grad_outputs, grad_grad_inputs,
                        dtype=self.numerical_grad_dtype,
                        detect_nondifferentiable=self.dodge_nondifferentiable,
                        **self.check_double_backward_options)

        _retry_nondifferentiable(self.dodge_nondifferentiable, do_check)


class FunctionTestCase(FunctionTestBase, unittest.TestCase):

    """Base class for function tests (Chainer API).

    Override ``generate_inputs(self)``, ``forward(self, inputs, device)``
    and ``forward_expected(self, inputs)``; optionally ``before_test``,
    ``generate_grad_outputs``, ``generate_grad_grad_inputs`` and
    ``check_forward_outputs``.  Attributes ``skip_*_test``,
    ``dodge_nondifferentiable``, ``numerical_grad_dtype``, ``contiguous``
    and the ``check_*_options`` dicts control the checks.  Use together
    with :func:`chainer.testing.inject_backend_tests`.
    """

    def test_forward(self, backend_config):
        """Tests forward computation."""
        self.run_test_forward(backend_config)

    def test_backward(self, backend_config):
        """Tests backward computation."""
        self.run_test_backward(backend_config)

    def test_double_backward(self, backend_config):
        """Tests double-backward computation."""
        self.run_test_double_backward(backend_config)


class _LinkTestBase(object):

    backend_config = None
    contiguous = None
    param_names = ()

    def before_test(self, test_name):
        pass

    def generate_params(self):
        raise NotImplementedError('generate_params is not implemented.')

    def generate_inputs(self):
        raise NotImplementedError('generate_inputs is not implemented.')

    def create_link(self, initializers):
        raise NotImplementedError('create_link is not implemented.')

    def forward(self, link, inputs, device):
        outputs = link(*inputs)
        if not isinstance(outputs, tuple):
            outputs = outputs,
        return outputs

    def check_forward_outputs(self, outputs, expected_outputs):
        assert isinstance(outputs, tuple)
        assert isinstance(expected_outputs, tuple)
        types = chainer_compat.get_array_types()
        assert all(isinstance(a, types) for a in outputs)
        assert all(isinstance(a, types) for a in expected_outputs)
        _check_arrays_equal(
            outputs, expected_outputs, LinkTestError,
            **self.check_forward_options)

    def _generate_params(self):
        params_init = self.generate_params()
        if not isinstance(params_init, (tuple, list)):
            raise TypeError(
                '`generate_params` must return a tuple or a list.')
        for init in params_init:
            _check_generated_initializer(init)
        return params_init

    def _generate_inputs(self):
        inputs = self.generate_inputs()
        _check_array_types(inputs, backend.CpuDevice(), 'generate_inputs')
        return inputs

    def _create_link(self, initializers, backend_config):
        link = self.create_link(initializers)
        if not isinstance(link, chainer_compat.Link):
            raise TypeError(
                '`create_link` must return a chainer.Link object.')
        link.to_device(backend_config.device)
        return link

    def _create_initialized_link(self, inits, backend_config):
        inits = [_get_initializer_argument_value(i) for i in inits]
        link = self._create_link(inits, backend_config)
        inputs_xp = self._to_noncontiguous_as_needed(
            backend_config.get_array(self._generate_inputs()))
        input_vars = [chainer_compat.Variable(i) for i in inputs_xp]
        output_vars = self._forward(link, input_vars, backend_config)
        outputs_xp = [v.array for v in output_vars]
        link.cleargrads()
        return link, inputs_xp, outputs_xp

    def _forward(self, link, inputs, backend_config):
        assert all(isinstance(x, chainer_compat.Variable) for x in inputs)
        with backend_config:
            outputs = self.forward(link, inputs, backend_config.device)
        _check_variable_types(
            outputs, backend_config.device, 'forward', LinkTestError)
        return outputs

    def _to_noncontiguous_as_needed(self, contig_arrays):
        return _to_noncontiguous(self.contiguous, contig_arrays)


class LinkTestCase(_LinkTestBase, unittest.TestCase):

    """Base class for link forward/backward tests (Chainer API).

    Override ``generate_params``, ``create_link(initializers)``,
    ``generate_inputs`` and ``forward_expected(link, inputs)`` (and
    optionally ``forward``, ``before_test``, ``generate_grad_outputs``,
    ``check_forward_outputs``); ``param_names`` lists the parameters whose
    gradients are checked.
    """

    check_forward_options = None
    check_backward_options = None
    skip_forward_test = False
    skip_backward_test = False
    dodge_nondifferentiable = False
    numerical_grad_dtype = numpy.float64

    def __init__(self, *args, **kwargs):
        self.check_forward_options = {}
        self.check_backward_options = {}
        super(LinkTestCase, self).__init__(*args, **kwargs)

    def forward_expected(self, link, inputs):
        raise NotImplementedError('forward_expected() is not implemented.')

    def generate_grad_outputs(self, outputs_template):
        return _uniform_like(outputs_template)

    def test_forward(self, backend_config):
        """Tests forward computation."""
        if self.skip_forward_test:
            raise unittest.SkipTest('skip_forward_test is set')
        self.backend_config = backend_config
        self.before_test('test_forward')

        inits = self._generate_params()
        link = self._create_link(inits, backend_config)
        inputs_np = self._generate_inputs()
        inputs_xp = self._to_noncontiguous_as_needed(
            backend_config.get_array(inputs_np))
        input_vars = tuple(chainer_compat.Variable(i) for i in inputs_xp)
        output_vars = self._forward(link, input_vars, backend_config)
        outputs_xp = [v.array for v in output_vars]

        link.to_device(backend.CpuDevice())
        expected_outputs_np = self._forward_expected(link, inputs_np)
        self.check_forward_outputs(tuple(outputs_xp), expected_outputs_np)

    def test_backward(self, backend_config):
        """Tests backward computation."""
        if self.skip_backward_test:
            raise unittest.SkipTest('skip_backward_test is set')
        self.backend_config = backend_config
        self.before_test('test_backward')
        from chainer_compat import gradient_check

        def do_check():
            inits = self._generate_params()
            link, inputs, outputs = self._create_initialized_link(
                inits, backend_config)
            params = [p.array for p in _get_link_params(
                link, self.param_names)]
            cpu = backend.CpuDevice()
            outputs = [cpu.send(o) for o in outputs]
            grad_outputs = backend_config.get_array(
                self._generate_grad_outputs(outputs))
            nc = self._to_noncontiguous_as_needed
            inputs = nc(inputs)
            params = nc(params)
            grad_outputs = nc(grad_outputs)

            forward_link, _, _ = self._create_initialized_link(
                inits, backend_config)

            def forward(inputs, ps):
                with forward_link.init_scope():
                    for param_name, p in zip(self.param_names, ps):
                        setattr(forward_link, param_name, p)
                return self._forward(forward_link, inputs, backend_config)

            with LinkTestError.raise_if_fail(
                    'backward is not implemented correctly'):
                gradient_check._check_backward_with_params(
                    forward, inputs, grad_outputs, params=params,
                    dtype=self.numerical_grad_dtype,
                    detect_nondifferentiable=self.dodge_nondifferentiable,
                    **self.check_backward_options)

        _retry_nondifferentiable(self.dodge_nondifferentiable, do_check)

    def _forward_expected(self, link, inputs):
        assert all(isinstance(x, numpy.ndarray) for x in inputs)
        outputs = self.forward_expected(link, inputs)
        _check_array_types(inputs, backend.CpuDevice(), 'test_forward')
        return outputs

    def _generate_grad_outputs(self, outputs_template):
        assert all(isinstance(x, numpy.ndarray) for x in outputs_template)
        grad_outputs = self.generate_grad_outputs(outputs_template)
        _check_array_types(
            grad_outputs, backend.CpuDevice(), 'generate_grad_outputs')
        return grad_outputs


class LinkInitializersTestCase(_LinkTestBase, unittest.TestCase):

    """Base class for link parameter-initializer tests (Chainer API).

    Override ``generate_params``, ``create_link``, ``generate_inputs`` and
    ``get_initializers`` (a tuple, per parameter, of initializer-likes to
    try; use :class:`InitializerArgument` for non-initializer arguments).
    """

    check_initializers_options = None

    def __init__(self, *args, **kwargs):
        self.check_initializers_options = {}
        super(LinkInitializersTestCase, self).__init__(*args, **kwargs)

    def get_initializers(self):
        raise NotImplementedError('get_initializers is not implemented.')

    def test_initializers(self, backend_config):
        """Tests that the parameters of a links are correctly initialized."""
        self.backend_config = backend_config
        self.before_test('test_initializers')
        for i_param, param_inits in enumerate(self._get_initializers()):
            inits = list(self._generate_params())
            for init in param_inits:
                inits[i_param] = init
                self._test_single_initializer(i_param, inits, backend_config)

    def _get_initializers(self):
        params_inits = self.get_initializers()
        if not isinstance(params_inits, (tuple, list)):
            raise TypeError(
                '`get_initializers` must return a tuple or a list.')
        for param_inits in params_inits:
            if not isinstance(param_inits, (tuple, list)):
                raise TypeError(
                    '`get_initializers` must return a tuple or a list of '
                    'tuples or lists.')
            for init in param_inits:
                _check_generated_initializer(init)
        return params_inits

    def _test_single_initializer(self, i_param, inits, backend_config):
        inits_orig = inits
        inits = [_get_initializer_argument_value(i) for i in inits]
        link, _, _ = self._create_initialized_link(inits, backend_config)
        param = _get_link_params(link, self.param_names)[i_param]
        param_np = backend.CpuDevice().send(param.array)
        expected_init = _get_expected_initializer(inits_orig[i_param])
        expected_np = numpy.empty_like(param_np)
        expected_init(expected_np)
        _check_arrays_equal(
            (expected_np,), (param_np,), LinkTestError,
            **self.check_initializers_options)


def _to_noncontiguous(contiguous, arrays):
    if contiguous is None:
        return array_module._as_noncontiguous_array(arrays)
    if contiguous == 'C':
        return arrays
    assert False, 'Invalid value of `contiguous`: {}'.format(contiguous)


def _check_generated_initializer(init):
    if isinstance(init, InitializerArgument):
        init = init.expected_initializer
    elif init is None:
        raise ValueError(
            'A None initializer must be wrapped in a InitializerArgument '
            'along with the expected initializer fallen back to.')
    initializers._check_is_initializer_like(init)


def _get_initializer_argument_value(init):
    if isinstance(init, InitializerArgument):
        return init.argument_value
    return init


def _get_expected_initializer(init):
    if isinstance(init, InitializerArgument):
        init = init.expected_initializer
    assert init is not None
    if not isinstance(init, chainer_compat.Initializer):
        init = initializers._get_initializer(init)
    return init


def _get_link_params(link, param_names):
    params = []
    for name in param_names:
        param = getattr(link, name, None)
        if param is None:
            raise LinkTestError.fail(
                'Link does not have a parameter named \'{}\'.'.format(name))
        params.append(param)
    return params


def _check_array_types(arrays, device, func_name):
    if not isinstance(arrays, tuple):
        raise TypeError('`{}()` must return a tuple, not {}.'.format(
            func_name, type(arrays)))
    if not all(a is None or isinstance(a, device.supported_array_types)
               for a in arrays):
        raise TypeError(
            '{}() must return a tuple of arrays supported by device {} or'
            ' None.\nActual: {}'.format(
                func_name, device, tuple(type(a) for a in arrays)))


def _check_variable_types(vars, device, func_name, test_error_cls):
    assert issubclass(test_error_cls, _TestError)
    if not isinstance(vars, tuple):
        test_error_cls.fail('`{}()` must return a tuple, not {}.'.format(
            func_name, type(vars)))
    if not all(isinstance(a, chainer_compat.Variable) for a in vars):
        test_error_cls.fail(
            '{}() must return a tuple of Variables.\nActual: {}'.format(
                func_name, ', '.join(str(type(a)) for a in vars)))
    if not all(isinstance(a.array, device.supported_array_types)
               for a in vars):
        test_error_cls.fail(
            '{}() must return a tuple of Variables of arrays supported by '
            'device {}.\nActual: {}'.format(
                func_name, device,
                ', '.join(str(type(a.array)) for a in vars)))


def _check_arrays_equal(actual_arrays, expected_arrays, test_error_cls,
                        **opts):
    assert issubclass(test_error_cls, _TestError)
    message = None
    detail = None
    if len(actual_arrays) != len(expected_arrays):
        message = 'Number of outputs ({}, {}) does not match'.format(
            len(actual_arrays), len(expected_arrays))
    elif not all(y.dtype == ye.dtype and y.shape == ye.shape
                 for y, ye in zip(actual_arrays, expected_arrays)):
        message = 'Shapes and/or dtypes do not match'
    else:
        errors = []
        for i, (actual, expected) in enumerate(
                zip(actual_arrays, expected_arrays)):
            try:
                array_module.assert_allclose(actual, expected, **opts)
            except AssertionError as e:
                errors.append((i, e))
        if errors:
            message = ('Outputs do not match the expected values.\n'
                       'Indices of outputs that do not match: {}'.format(
                           ', '.join(str(i) for i, _ in errors)))
            detail = ''.join(
                'Error details of output [{}]:\n{}\n'.format(i, e)
                for i, e in errors)
    if message is not None:
        msg = ('{}\n'
               'Expected shapes and dtypes: {}\n'
               'Actual shapes and dtypes:   {}\n'.format(
                   message,
                   utils._format_array_props(expected_arrays),
                   utils._format_array_props(actual_arrays)))
        if detail is not None:
            msg += '\n\n' + detail
        test_error_cls.fail(msg)
