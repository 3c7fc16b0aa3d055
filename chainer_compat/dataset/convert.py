"""Batch converters (``chainer.dataset.convert``)."""
import collections

import numpy

from chainer_compat import backend
from chainer_compat._bridge import convert as _convert


class Converter(object):

    """Base class of converters (``__call__(batch, device)``)."""

    def __call__(self, batch, device):
        raise NotImplementedError(
            'Concrete class must implement __call__.')


class _ArbitraryCallableConverter(Converter):
    """Wraps a callable; turns its ``device`` argument into a Device."""

    def __init__(self, base_callable):
        if not callable(base_callable):
            raise TypeError(
                'Can only wrap a callable. Actual: {}'.format(
                    type(base_callable)))
        self.base_callable = base_callable

    def __call__(self, *args, **kwargs):
        base_callable = self.base_callable
        if len(args) >= 2:
            args = list(args)
            args[1] = _get_device(args[1])
        elif 'device' in kwargs:
            kwargs['device'] = _get_device(kwargs['device'])
        return base_callable(*args, **kwargs)


def converter():
    """Decorator turning ``f(batch, device)`` into a :class:`Converter`."""
    def wrap(func):
        return _ArbitraryCallableConverter(func)
    return wrap


def _call_converter(converter, batch, device):
    # Chainer: Converter instances receive the Device; plain callables get
    # the legacy int/None device argument.
    assert device is None or isinstance(device, backend.Device)
    if isinstance(converter, Converter):
        return converter(batch, device)
    if device is None:
        return converter(batch, None)
    if isinstance(device, backend.CpuDevice):
        return converter(batch, -1)
    if isinstance(device, backend.GpuDevice):
        return converter(batch, device.device.id)
    raise RuntimeError(
        'Converter does not support ChainerX. '
        'Use chainer.dataset.converter decorator.')


def _get_device(device_spec):
    if device_spec is None:
        return None
    return backend.get_device(device_spec)


def to_device(device, x):
    """Sends an array to a device (``None``: left where it is)."""
    device = _get_device(device)
    if device is None:
        return x
    return device.send(x)


def concat_examples_func(batch, device=None, padding=None):
    """Concatenates a list of examples into array(s) (see Chainer docs)."""
    assert device is None or isinstance(device, backend.Device)
    if not batch:
        raise ValueError('batch is empty')

    first_elem = batch[0]

    if isinstance(first_elem, tuple):
        result = []
        if not isinstance(padding, tuple):
            padding = [padding] * len(first_elem)
        for i in range(len(first_elem)):
            result.append(to_device(device, _concat_arrays(
                [example[i] for example in batch], padding[i])))
        return tuple(result)

    elif isinstance(first_elem, dict):
        result = {}
        if not isinstance(padding, dict):
            padding = {key: padding for key in first_elem}
        for key in first_elem:
            result[key] = to_device(device, _concat_arrays(
                [example[key] for example in batch], padding[key]))
        return result

    else:
        return to_device(device, _concat_arrays(batch, padding))


def _is_tensor(x):
    return (not isinstance(x, numpy.ndarray)) and _convert.is_array(x)


def _concat_arrays(arrays, padding):
    first = arrays[0]
    if not (isinstance(first, numpy.ndarray) or _is_tensor(first)):
        arrays = numpy.asarray(arrays)
        first = arrays[0] if len(arrays) else arrays

    if padding is not None:
        return _concat_arrays_with_padding(arrays, padding)

    if isinstance(first, numpy.ndarray) or isinstance(arrays, numpy.ndarray):
        return numpy.concatenate([numpy.asarray(a)[None] for a in arrays])
    # GPU arrays (torch CUDA tensors / cupy): stack on their device.
    import torch
    ts = [_convert.as_tensor(a) for a in arrays]
    with backend.using_device(backend.get_device_from_array(first)):
        return _convert.to_array(torch.stack(ts))


def _concat_arrays_with_padding(arrays, padding):
    shape = numpy.array(arrays[0].shape, dtype=int)
    for array in arrays[1:]:
        if numpy.any(shape != array.shape):
            numpy.maximum(shape, array.shape, out=shape)
    shape = tuple(numpy.insert(shape, 0, len(arrays)))

    if isinstance(arrays[0], numpy.ndarray) or isinstance(arrays,
                                                          numpy.ndarray):
        result = numpy.full(shape, padding, dtype=arrays[0].dtype)
        for i in range(len(arrays)):
            src = arrays[i]
            slices = tuple(slice(dim) for dim in src.shape)
            result[(i,) + slices] = src
        return result

    import torch
    ts = [_convert.as_tensor(a) for a in arrays]
    result = torch.full(shape, padding, dtype=ts[0].dtype,
                        device=ts[0].device)
    for i, src in enumerate(ts):
        slices = tuple(slice(dim) for dim in src.shape)
        result[(i,) + slices] = src
    return _convert.to_array(result)


concat_examples = _ArbitraryCallableConverter(concat_examples_func)


class ConcatWithAsyncTransfer(object):

    """Concatenates a batch and sends it to a GPU.

    On CPU (``device`` None or negative) this is ``concat_examples``.  On a
    GPU the host->device copies are issued with ``non_blocking=True`` from
    pinned memory on the current torch stream instead of CuPy's double
    buffering (see docs/divergences.md D-804); ``stream``/``compute_stream``
    are accepted for signature compatibility.
    """

    def __init__(self, stream=None, compute_stream=None):
        self._stream = stream
        self.compute_stream = compute_stream
        self._device = None
        self._conveyor = collections.defaultdict(self._get_conveyor)
        self._sync_get = compute_stream is None

    def _get_conveyor(self):
        return Conveyor(self._device, self._stream)

    def __call__(self, batch, device=None, padding=None):
        if not batch:
            raise ValueError('batch is empty')
        first_elem = batch[0]

        if not self._conveyor:
            self._device = device  # device is set at first call
        if device is not self._device:
            raise ValueError('device is different')

        if isinstance(first_elem, tuple):
            if not isinstance(padding, tuple):
                padding = [padding] * len(first_elem)
            for i in range(len(first_elem)):
                self._conveyor[i].put(_concat_arrays(
                    [example[i] for example in batch], padding[i]))
            return tuple(self._conveyor[i].get()
                         for i in range(len(first_elem)))
        elif isinstance(first_elem, dict):
            if not isinstance(padding, dict):
                padding = {key: padding for key in first_elem}
            for key in first_elem:
                self._conveyor[key].put(_concat_arrays(
                    [example[key] for example in batch], padding[key]))
            return {key: self._conveyor[key].get() for key in first_elem}
        else:
            return to_device(device, _concat_arrays(batch, padding))


class Conveyor(object):
    """Queue of arrays sent to ``device`` (GPU: non-blocking torch copy).

    Call :meth:`put` then :meth:`get`.  ``stream`` is accepted for
    compatibility; the current torch stream is used.
    """

    def __init__(self, device=None, stream=None):
        self._device = device
        self._stream = stream
        self._ret_array = []

    def put(self, array):
        dev = self._device
        if isinstance(dev, int) and dev >= 0:
            import torch
            t = _convert.as_tensor(array)
            if t.device.type == 'cpu':
                t = t.pin_memory()
            self._ret_array.append(_convert.to_array(
                t.to(torch.device('cuda', dev), non_blocking=True)))
        else:
            self._ret_array.append(to_device(dev, array))

    def get(self, sync=True):
        return self._ret_array.pop(0)
