"""``chainer.backends.cuda`` over torch CUDA.

``available`` is ``torch.cuda.is_available()``; ``cupy`` is the real cupy
when installed, else a placeholder object whose attributes raise a clear
error.  ``to_gpu``/``to_cpu`` move arrays through torch (zero-copy DLPack
with cupy).  Raw-kernel APIs need cupy (divergence D-002).
"""
import contextlib
import numpy
import torch

from chainer_compat import backend as _backend
from chainer_compat import configuration
from chainer_compat._bridge import convert as _convert
from chainer_compat._bridge import devices as _devices

available = _devices.cuda_available()
cudnn_enabled = available and torch.backends.cudnn.is_available()
config = configuration.config

if _convert._cupy is not None:  # pragma: no cover - needs cupy
    cupy = _convert._cupy
    ndarray = cupy.ndarray
    cuda = cupy.cuda
    Event = cupy.cuda.Event
    Stream = cupy.cuda.Stream
else:
    class _CupyUnavailable(object):
        """Stands in for cupy: attribute access raises a clear error."""

        def __getattr__(self, name):
            if name.startswith('_'):
                raise AttributeError(name)
            raise RuntimeError(
                'chainer_compat: cupy is not installed; cupy.{} is not '
                'available (GPU arrays are torch CUDA tensors, see '
                'docs/divergences.md D-001)'.format(name))

        def __bool__(self):
            return False

    cupy = _CupyUnavailable()

    class ndarray(object):
        """Dummy class for type testing (cupy is not installed)."""

        def __init__(self):
            raise RuntimeError('cupy is not available')

    class Event(object):
        """Dummy class (cupy is not installed)."""

        def __init__(self):
            raise RuntimeError('cupy is not available')

    class Stream(object):
        """Dummy class (cupy is not installed)."""

        null = None

        def __init__(self):
            raise RuntimeError('cupy is not available')

    cuda = None


def check_cuda_available():
    """Checks if CUDA is available (raises RuntimeError otherwise)."""
    if not available:
        raise RuntimeError(
            'CUDA environment is not correctly set up\n'
            '(see https://github.com/chainer/chainer#installation).'
            'torch.cuda.is_available() is False')


class DummyDeviceType(object):

    """Dummy device class that does nothing with cupy.cuda.Device interface."""

    id = -1

    def __init__(self):
        pass

    def __int__(self):
        return -1

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

    def use(self):
        pass

    def synchronize(self):
        pass

    def __eq__(self, other):
        return isinstance(other, DummyDeviceType)

    def __ne__(self, other):
        return not (self == other)

    def __hash__(self):
        return hash(-1)


DummyDevice = DummyDeviceType()


class Device(object):
    """cupy.cuda.Device look-alike backed by torch.cuda (``.id``, ``use``)."""

    def __init__(self, device=None):
        if device is None:
            device = torch.cuda.current_device() if available else 0
        self.id = int(device)

    def use(self):
        torch.cuda.set_device(self.id)

    def synchronize(self):
        torch.cuda.synchronize(self.id)

    def __enter__(self):
        self._prev = torch.cuda.current_device()
        torch.cuda.set_device(self.id)
        return self

    def __exit__(self, *args):
        torch.cuda.set_device(self._prev)

    def __int__(self):
        return self.id

    def __eq__(self, other):
        return getattr(other, 'id', None) == self.id

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        return '<CUDA Device {}>'.format(self.id)


GpuDevice = _backend.GpuDevice


def get_device_from_id(device_id):
    """Gets the device from an ID integer (DummyDevice for None)."""
    if device_id is not None:
        if device_id >= 0:
            check_cuda_available()
            return Device(int(device_id))
    return DummyDevice


def get_device_from_array(*arrays):
    """Gets the device from a list of CuPy arrays or tensors."""
    for array in arrays:
        try:
            t = _convert.as_tensor(array)
        except TypeError:
            continue
        if t.device.type == 'cuda':
            return Device(t.device.index)
    return DummyDevice


def get_device(*args):
    """Deprecated in Chainer; kept for compatibility."""
    for arg in args:
        if isinstance(arg, int):
            return get_device_from_id(arg)
        dev = get_device_from_array(arg)
        if dev is not DummyDevice:
            return dev
    return DummyDevice


def _get_device_or_current(device):
    """GpuDevice for an id/Device/None (None: current CUDA device)."""
    if device is None:
        check_cuda_available()
        return _backend.GpuDevice(torch.cuda.current_device())
    if isinstance(device, _backend.GpuDevice):
        return device
    if isinstance(device, int):
        if device < 0:
            raise ValueError('Invalid GPU device id: {}'.format(device))
        return _backend.GpuDevice(device)
    if hasattr(device, 'id'):
        return _backend.GpuDevice(device.id)
    return _backend.get_device(device)


def to_gpu(array, device=None, stream=None):
    """Copies the given CPU array to the specified device."""
    if stream is not None:
        pass
    check_cuda_available()
    dev = _get_device_or_current(device)
    return _backend._map_arrays(
        lambda a: _convert.to_array(
            _convert.as_tensor(a).to(dev._torch_device)), array)


def to_cpu(array, stream=None):
    """Copies the given GPU array to host CPU (numpy)."""
    return _backend._map_arrays(_to_cpu_one, array)


def _to_cpu_one(a):
    if isinstance(a, numpy.ndarray):
        return a
    if numpy.isscalar(a):
        return numpy.asarray(a)
    if _convert.is_array(a):
        return _convert.to_numpy(a)
    raise TypeError(
        'The array sent to cpu must be numpy.ndarray or cupy.ndarray, '
        'or a NumPy scalar.\nActual type: {0}.'.format(type(a)))


def copy(array, out=None, out_device=None, stream=None):
    """Copies a GPU array to another device or to ``out``."""
    t = _convert.as_tensor(array)
    if out is not None:
        ot = _convert.as_tensor(out)
        with torch.no_grad():
            ot.copy_(t.to(ot.device))
        return out
    if out_device is None:
        target = t.device
    else:
        target = _get_device_or_current(out_device)._torch_device
    return _convert.to_array(t.to(target, copy=True))


def get_array_module(*args):
    """numpy or cupy (the latter only with cupy installed)."""
    return _backend.get_array_module(*args)


def _cupy_required(name):
    raise NotImplementedError(
        'chainer.backends.cuda.{}: raw CUDA kernels need CuPy, which '
        'chainer_compat does not use (see docs/divergences.md D-002)'
        .format(name))


def elementwise(in_params, out_params, operation, name, **kwargs):
    """cupy.ElementwiseKernel: needs CuPy (D-002)."""
    _cupy_required('elementwise')


def reduce(in_params, out_params, map_expr, reduce_expr, post_map_expr,
           identity, name, **kwargs):
    """cupy.ReductionKernel: needs CuPy (D-002)."""
    _cupy_required('reduce')


def raw(code, name, *args, **kwargs):
    """cupy.RawKernel: needs CuPy (D-002)."""
    _cupy_required('raw')


def memoize(for_each_device=False):
    import functools

    def decorator(f):
        return functools.lru_cache(maxsize=None)(f)
    return decorator


def clear_memo():
    pass


def fuse(*args, **kwargs):
    """cupy.fuse: in chainer_compat the function runs unfused."""
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    return lambda f: f


_max_workspace_size = 8 * 1024 * 1024


def get_max_workspace_size():
    return _max_workspace_size


def set_max_workspace_size(size):
    global _max_workspace_size
    _max_workspace_size = size


def should_use_cudnn(level, lowest_version=0):
    if not cudnn_enabled:
        return False
    flags = {'==always': ('always',), '>=auto': ('always', 'auto')}
    if level not in flags:
        raise ValueError('invalid cuDNN use level: %s '
                         '(must be either of "==always" or ">=auto")' %
                         repr(level))
    return config.use_cudnn in flags[level]


def should_use_cudnn_tensor_core(dtype):
    return available and numpy.dtype(dtype) == numpy.float16


def get_cudnn_dropout_states():
    raise NotImplementedError('cuDNN dropout states need CuPy')


def get_cudnn_dropout_states_core(thread_id):
    raise NotImplementedError('cuDNN dropout states need CuPy')


class _PerformanceWarning(Warning):
    pass


@contextlib.contextmanager
def using_allocator(allocator=None):
    yield


memory_pool = None
pinned_memory_pool = None
