"""``BackendConfig`` and ``inject_backend_tests`` (Chainer testing API)."""
import functools

import chainer_compat
from chainer_compat import backend
from chainer_compat.testing import _bundle
from chainer_compat.testing import attr


class BackendConfig(object):

    """One backend configuration a test runs under.

    Entering it applies the cuDNN/iDeep/autotune configuration and makes its
    device current (Chainer semantics).
    """

    # (name, default), in the order Chainer uses for names and reprs.
    _props = [
        ('use_chainerx', False),
        ('chainerx_device', None),
        ('use_cuda', False),
        ('cuda_device', None),
        ('use_cudnn', 'never'),
        ('cudnn_deterministic', False),
        ('autotune', False),
        ('cudnn_fast_batch_normalization', False),
        ('use_ideep', 'never'),
    ]

    _device = None

    def __init__(self, params):
        if not isinstance(params, dict):
            raise TypeError('params must be a dict.')
        self._contexts = []
        for name, default in self._props:
            setattr(self, name, default)
        for name, value in params.items():
            if not hasattr(self, name):
                raise ValueError('Parameter {} is not defined'.format(name))
            setattr(self, name, value)
        if self.use_chainerx:
            assert isinstance(self.chainerx_device, str), (
                '\'chainerx_device\' parameter is expected to be a string '
                'representing a ChainerX device specifier')
        if self.use_cuda and self.cuda_device is None:
            self.cuda_device = 0

    @property
    def xp(self):
        return self.device.xp

    @property
    def device(self):
        if self._device is None:
            if self.use_cuda:
                self._device = backend.GpuDevice.from_device_id(
                    self.cuda_device)
            elif self.use_chainerx:
                self._device = backend.get_device(self.chainerx_device)
            elif self.use_ideep != 'never':
                self._device = backend.Intel64Device()
            else:
                self._device = backend.CpuDevice()
        return self._device

    def __enter__(self):
        contexts = [
            chainer_compat.using_config('use_cudnn', self.use_cudnn),
            chainer_compat.using_config(
                'cudnn_deterministic', self.cudnn_deterministic),
            chainer_compat.using_config('autotune', self.autotune),
            chainer_compat.using_config('use_ideep', self.use_ideep),
            chainer_compat.using_device(self.device),
        ]
        for c in contexts:
            c.__enter__()
        self._contexts.append(contexts)
        return self

    def __exit__(self, typ, value, traceback):
        for c in reversed(self._contexts.pop()):
            c.__exit__(typ, value, traceback)

    def __repr__(self):
        return '<BackendConfig {}>'.format(' '.join(
            '{}={!r}'.format(k, getattr(self, k)) for k, _ in self._props))

    def get_func_str(self):
        """Returns a string that can be used in method name"""
        def fmt(v):
            if v is True:
                return 'true'
            if v is False:
                return 'false'
            return str(v)
        return '__'.join(
            '{}_{}'.format(k, fmt(getattr(self, k))) for k, _ in self._props)

    def get_pytest_marks(self):
        marks = []
        if self.use_chainerx:
            marks.append(attr.chainerx)
            backend_name, index = self.chainerx_device.split(':')
            if backend_name == 'cuda':
                marks.append(attr.gpu)
                if int(index) >= 1:
                    marks.append(attr.multi_gpu(int(index) + 1))
        elif self.use_cuda:
            marks.append(attr.gpu)
            if self.use_cudnn != 'never':
                marks.append(attr.cudnn)
            if self.cuda_device >= 1:
                marks.append(attr.multi_gpu(self.cuda_device + 1))
        elif self.use_ideep != 'never':
            marks.append(attr.ideep)
        assert all(callable(m) for m in marks)
        return marks

    def get_array(self, np_array):
        return self.device.send(np_array)


def _test_case_generator(base, method_names, params):
    if method_names is not None:
        # The base class keeps every test method that is not injected.
        def keep_uninjected(base_method):
            if base_method.__name__ in method_names:
                return None
            return base_method
        yield base.__name__, {}, keep_uninjected

    for param in params:
        config = BackendConfig(param)
        marks = config.get_pytest_marks()

        def method_generator(base_method, config=config, marks=marks):
            if (method_names is not None
                    and base_method.__name__ not in method_names):
                return None

            @functools.wraps(base_method)
            def new_method(self, *args, **kwargs):
                return base_method(self, config, *args, **kwargs)

            for mark in marks:
                new_method = mark(new_method)
            return new_method

        yield ('{}_{}'.format(base.__name__, config.get_func_str()), {},
               method_generator)


def inject_backend_tests(method_names, params):
    """Runs test methods once per backend configuration (Chainer API).

    The listed methods (all ``test_*`` when ``method_names`` is None) receive
    a :class:`BackendConfig` as extra argument.
    """
    if not (method_names is None or isinstance(method_names, list)):
        raise TypeError('method_names must be either None or a list.')
    if not isinstance(params, list):
        raise TypeError('params must be a list of dicts.')
    if not all(isinstance(d, dict) for d in params):
        raise TypeError('params must be a list of dicts.')
    return _bundle.make_decorator(
        lambda base: _test_case_generator(base, method_names, params))
