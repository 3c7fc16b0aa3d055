"""Chainer's device API (``chainer.backend``) mapped onto torch devices.

``CpuDevice`` is torch's CPU with numpy arrays; ``GpuDevice`` is a torch
CUDA device whose arrays are cupy views when cupy is installed and torch
tensors otherwise (divergence D-001).  Specifier parsing lives in
``chainer_compat._bridge.devices``.
"""
import contextlib

import numpy
import torch

from chainer_compat._bridge import convert as _convert
from chainer_compat._bridge import devices as _devices


class Device(object):

    """A base class of unified devices (Chainer API)."""

    _torch_device = torch.device('cpu')

    @property
    def xp(self):
        raise NotImplementedError('Device implementation must override this.')

    @property
    def name(self):
        raise NotImplementedError('Device implementation must override this.')

    @property
    def supported_array_types(self):
        raise NotImplementedError('Device implementation must override this.')

    def __enter__(self):
        raise RuntimeError(
            'Device class does not support runtime context using `with` '
            'statement. Use chainer.using_device instead.')

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    def __eq__(self, other):
        raise NotImplementedError('Device implementation must override this.')

    def __ne__(self, other):
        return not (self == other)

    def __hash__(self):
        return hash((type(self), self.name))

    def __str__(self):
        return self.name

    def create_context(self):
        return _null_context()

    def send(self, arrays):
        """Transfers given arrays to the device."""
        return _map_arrays(self.send_array, arrays)

    def send_array(self, array):
        t = _convert.as_tensor(array)
        if t.device == self._torch_device:
            return array
        return _convert.to_array(t.to(self._torch_device))

    def use(self):
        """Makes the device current in the current thread."""
        pass

    def is_array_supported(self, array):
        raise NotImplementedError('Device implementation must override this.')


@contextlib.contextmanager
def _null_context():
    yield


def _map_arrays(f, arrays):
    if isinstance(arrays, (list, tuple)):
        return type(arrays)([_map_arrays(f, a) for a in arrays])
    if isinstance(arrays, dict):
        return {k: _map_arrays(f, v) for k, v in arrays.items()}
    if arrays is None:
        return None
    return f(arrays)


class CpuDevice(Device):

    """Device for CPU (NumPy) backend."""

    _torch_device = torch.device('cpu')

    @property
    def xp(self):
        return numpy

    @property
    def name(self):
        return '@numpy'

    @property
    def supported_array_types(self):
        return (numpy.ndarray,)

    def __eq__(self, other):
        return isinstance(other, CpuDevice)

    def __hash__(self):
        return hash(CpuDevice)

    def __repr__(self):
        return '<{} (numpy)>'.format(self.__class__.__name__)

    def send_array(self, array):
        if isinstance(array, numpy.ndarray):
            return array
        return _convert.to_numpy(array)

    def is_array_supported(self, array):
        return isinstance(array, numpy.ndarray)


class _CudaDeviceId(object):
    """What ``GpuDevice.device`` returns: has ``.id`` like cupy's Device."""

    def __init__(self, index):
        self.id = index

    def use(self):
        torch.cuda.set_device(self.id)

    def __enter__(self):
        self._prev = torch.cuda.current_device()
        torch.cuda.set_device(self.id)
        return self

    def __exit__(self, *args):
        torch.cuda.set_device(self._prev)

    def __eq__(self, other):
        return getattr(other, 'id', None) == self.id

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        return '<CUDA Device {}>'.format(self.id)


class GpuDevice(Device):

    """Device for a CUDA GPU (torch CUDA; cupy views when available)."""

    def __init__(self, device):
        if isinstance(device, int):
            index = device
        else:
            index = getattr(device, 'id', None)
            if index is None:
                index = getattr(device, 'index', 0) or 0
        self.device = _CudaDeviceId(index)
        self._torch_device = torch.device('cuda', index)

    @staticmethod
    def from_device_id(device_id):
        if not (isinstance(device_id, int) and device_id >= 0):
            raise ValueError('Invalid CUDA device ID: {}'.format(device_id))
        return GpuDevice(device_id)

    @staticmethod
    def from_array(array):
        t = _convert.as_tensor(array)
        if t.device.type == 'cuda':
            return GpuDevice(t.device.index)
        return None

    @property
    def xp(self):
        from chainer_compat.backends import cuda
        return cuda.cupy if cuda.cupy is not None else torch

    @property
    def name(self):
        return '@cupy:{}'.format(self.device.id)

    @property
    def supported_array_types(self):
        from chainer_compat.backends import cuda
        return (cuda.ndarray,)

    def __eq__(self, other):
        return isinstance(other, GpuDevice) and \
            other.device.id == self.device.id

    def __hash__(self):
        return hash(('cuda', self.device.id))

    def __repr__(self):
        return '<{} (cupy):{}>'.format(self.__class__.__name__,
                                       self.device.id)

    def create_context(self):
        return torch.cuda.device(self.device.id)

    def use(self):
        torch.cuda.set_device(self.device.id)

    def is_array_supported(self, array):
        try:
            t = _convert.as_tensor(array)
        except TypeError:
            return False
        return t.device == self._torch_device


class Intel64Device(Device):

    """iDeep device: not available in chainer_compat (divergence D-006)."""

    def __init__(self):
        raise RuntimeError(
            'chainer_compat: iDeep (intel64) is not available '
            '(see docs/divergences.md)')


class ChainerxDevice(Device):

    """ChainerX device: not available in chainer_compat."""

    def __init__(self, device):
        raise RuntimeError('ChainerX is not available.')


def _device_from_torch(tdevice):
    if tdevice.type == 'cpu':
        cpu = _CPU_DEVICE
        if cpu is None:
            cpu = _set_cpu_device()
        return cpu
    if tdevice.type == 'cuda':
        return GpuDevice(tdevice.index or 0)
    raise ValueError('unsupported torch device: {}'.format(tdevice))


_CPU_DEVICE = None


def _set_cpu_device():
    # one immutable CpuDevice serves every CPU tensor (Variable.device is
    # asked on every optimizer step)
    global _CPU_DEVICE
    _CPU_DEVICE = CpuDevice()
    return _CPU_DEVICE


def get_device(device_spec):
    """Returns a device object (Chainer's specifier forms, plus 'cuda:N')."""
    if isinstance(device_spec, Device):
        return device_spec
    if device_spec is numpy:
        return CpuDevice()
    if isinstance(device_spec, tuple) and len(device_spec) == 2:
        mod, idx = device_spec
        if mod is numpy:
            return CpuDevice()
        name = getattr(mod, '__name__', '')
        if name == 'cupy':
            return GpuDevice.from_device_id(idx)
        raise ValueError('Invalid device specifier: {}'.format(device_spec))
    if isinstance(device_spec, _CudaDeviceId):
        return GpuDevice(device_spec.id)
    if type(device_spec).__name__ == 'Device' and hasattr(device_spec, 'id'):
        return GpuDevice(device_spec.id)
    try:
        kind, index = _devices.parse(device_spec)
    except ValueError:
        if isinstance(device_spec, str) and device_spec[:1] != '@':
            raise RuntimeError(
                'Tried to parse ChainerX device specifier \'{}\', '
                'but ChainerX is not available. '
                'Note that device specifiers without \'@\' prefix are '
                'assumed to be ChainerX device '
                'specifiers.'.format(device_spec))
        raise
    if kind == 'cpu':
        return CpuDevice()
    if kind == 'cuda':
        return GpuDevice.from_device_id(index)
    if kind == 'intel64':
        return Intel64Device()
    if kind == 'chainerx':
        raise RuntimeError(
            'ChainerX is not available (device {!r}); see '
            'docs/divergences.md'.format(device_spec))
    raise ValueError('Invalid device specifier: {}'.format(device_spec))


def get_device_from_array(*arrays):
    """Gets the device from arrays (CPU if none is on a GPU)."""
    for array in arrays:
        if array is None:
            continue
        try:
            t = _convert.as_tensor(array)
        except TypeError:
            continue
        if t.device.type == 'cuda':
            return GpuDevice(t.device.index)
    return CpuDevice()


def get_array_module(*args):
    """numpy, or cupy when any argument lives on a GPU (and cupy exists)."""
    from chainer_compat import variable
    for arg in args:
        if isinstance(arg, variable.Variable):
            arg = arg._t
        if isinstance(arg, torch.Tensor) and arg.device.type == 'cuda':
            return _convert.array_module(arg)
        if _convert._cupy is not None and isinstance(
                arg, _convert._cupy_ndarray):
            return _convert._cupy
    return numpy


def copyto(dst, src):
    """Copies the elements of an ndarray to those of another one."""
    dt = _convert.as_tensor(dst)
    st = _convert.as_tensor(src) if not numpy.isscalar(src) else src
    with torch.no_grad():
        if isinstance(st, torch.Tensor):
            dt.copy_(st.to(dt.device))
        else:
            dt.fill_(st)


def using_device(device_spec):
    """Context manager to apply the thread-local device state."""
    # The specifier is checked on the call (as Chainer), not on entry.
    return _using_device(get_device(device_spec))


_NO_DEVICE_CONTEXT = contextlib.nullcontext()


def _using_device(device):
    if isinstance(device, GpuDevice):
        return torch.cuda.device(device.device.id)
    # CPU (and other) devices have no thread-local state to apply
    return _NO_DEVICE_CONTEXT


def to_chx(array):
    return array


def from_chx(array):
    return array


def _contains_nan(x):
    """Returns whether the input array has NaN values (Chainer's helper)."""
    if x is None:
        return False
    t = _convert.as_tensor(x)
    if not (t.is_floating_point() or t.is_complex()):
        return False
    return bool(torch.isnan(t.detach()).any())
