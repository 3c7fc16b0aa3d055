"""``chainer.DeviceResident``: objects whose arrays live on one device."""
import abc
import warnings

import numpy
import torch

import chainer_compat


class DeviceResident(object, metaclass=abc.ABCMeta):

    """A base class of objects with multi-device hierarchy (Chainer API)."""

    _device = None

    def __init_subclass__(cls, **kwargs):
        # Chainer marks these methods final: overriding to_cpu/to_gpu/
        # to_intel64 is deprecated, overriding to_device/to_chx/from_chx is
        # an error (checked when the subclass is defined).
        super().__init_subclass__(**kwargs)
        for k in cls.__dict__:
            if k in ('to_cpu', 'to_gpu', 'to_intel64'):
                warnings.warn('Overriding method {!r}.'.format(k),
                              DeprecationWarning)
            elif k in ('to_device', 'to_chx', 'from_chx'):
                raise TypeError('method {!r} is final.'.format(k))

    def __init__(self):
        self._device = chainer_compat.backend.CpuDevice()

    def device_resident_accept(self, visitor):
        """Applies the visitor to all the device-resident objects."""
        visitor.visit_device_resident(self)

    @property
    def device(self):
        """:class:`~chainer.backend.Device` instance."""
        d = self._device
        if d is None:
            d = chainer_compat.backend.CpuDevice()
        return d

    @property
    def xp(self):
        """Array module corresponding to the device (numpy or cupy)."""
        return self.device.xp

    def to_cpu(self):
        """Copies parameter variables and persistent values to CPU."""
        visitor = _ToDeviceVisitor(chainer_compat.backend.CpuDevice(),
                                   entry_method_info=('to_cpu', {}),
                                   skip_between_cupy_devices=True,
                                   starting_device_resident=self)
        self.__to_device(visitor)
        return self

    def to_gpu(self, device=None):
        """Copies parameter variables and persistent values to GPU."""
        from chainer_compat.backends import cuda
        dev = cuda._get_device_or_current(device)
        visitor = _ToDeviceVisitor(dev, entry_method_info=(
            'to_gpu', {'device': dev.device}),
            skip_between_cupy_devices=True,
            starting_device_resident=self)
        self.__to_device(visitor)
        return self

    def to_intel64(self):
        raise RuntimeError('chainer_compat: iDeep (intel64) is not '
                           'available (see docs/divergences.md)')

    def to_chx(self):
        raise RuntimeError('ChainerX is not available.')

    def from_chx(self):
        return self

    def __to_device(self, to_device_visitor):
        self.device_resident_accept(to_device_visitor)

    def to_device(self, device):
        """Copies parameter variables and persistent values to a device."""
        device = chainer_compat.get_device(device)
        self.__to_device(_ToDeviceVisitor(device))
        return self


_OVERRIDDEN = {}


def _overridden_to_methods(cls):
    names = _OVERRIDDEN.get(cls)
    if names is None:
        names = _OVERRIDDEN[cls] = tuple(
            m for m in ('to_cpu', 'to_gpu', 'to_intel64')
            if getattr(cls, m, None) is not getattr(DeviceResident, m))
    return names


def _to_method_for(device):
    backend = chainer_compat.backend
    if isinstance(device, backend.GpuDevice):
        return 'to_gpu', {'device': device.device}
    if isinstance(device, backend.Intel64Device):
        return 'to_intel64', {}
    if isinstance(device, backend.CpuDevice):
        return 'to_cpu', {}
    return None, {}


class DeviceResidentsVisitor(object):

    """Base class of visitors that visits device resident objects."""

    def visit_device_resident(self, device_resident):
        pass

    def visit_array(self, arr):
        return arr

    def visit_variable(self, param):
        pass

    def visit_tensor(self, t):
        return t


class _ToDeviceVisitor(DeviceResidentsVisitor):

    def __init__(self, device, entry_method_info=None,
                 skip_between_cupy_devices=False,
                 starting_device_resident=None):
        if entry_method_info is not None:
            # Chainer 7: to_cpu/to_gpu/to_intel64 are deprecated.
            import warnings
            names = {'to_cpu': '@numpy', 'to_gpu': '@cupy:N',
                     'to_intel64': '@intel64'}
            method = entry_method_info[0]
            warnings.warn(
                '{} is deprecated. Please use to_device(\'{}\') '
                'instead.'.format(method, names[method]),
                DeprecationWarning)
        self._device = device
        self._torch_device = device._torch_device
        self._entry_method_info = entry_method_info
        self._skip_between_cupy_devices = skip_between_cupy_devices
        self._starting_device_resident = starting_device_resident

    def visit_device_resident(self, device_resident):
        device_resident._device = self._device
        # Chainer's compatibility rule: a resident that overrides the
        # (deprecated) to_cpu/to_gpu/to_intel64 gets that method called.
        overridden = _overridden_to_methods(type(device_resident))
        if not overridden or \
                device_resident is self._starting_device_resident:
            return
        if self._entry_method_info is not None:
            name, kwargs = self._entry_method_info
        else:
            name, kwargs = _to_method_for(self._device)
        if name in overridden:
            getattr(device_resident, name)(**kwargs)

    def visit_array(self, arr):
        from chainer_compat._bridge import convert
        t = convert.as_tensor(arr)
        if t.device == self._torch_device:
            return arr
        return convert.to_array(t.to(self._torch_device))

    def visit_variable(self, param):
        param.to_device(self._device)

    def visit_tensor(self, t):
        if t.device == self._torch_device:
            return t
        return t.to(self._torch_device)
