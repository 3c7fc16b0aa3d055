"""Private helpers shared by the NPZ and HDF5 serializers.

Values handed to a serializer are Chainer arrays (numpy, cupy), torch
tensors (a facade detail: tensors on any device), numpy/Python scalars,
strings, ``None`` or lists/tuples of those.  They are written as numpy.
"""
import numpy
import torch

from chainer_compat._bridge import convert as _bridge


def to_cpu(value):
    """Chainer's ``backends._cpu._to_cpu`` for the facade's array types."""
    if isinstance(value, (list, tuple)):
        return type(value)([to_cpu(v) for v in value])
    if value is None:
        return None
    if isinstance(value, numpy.ndarray):
        return value
    if isinstance(value, torch.Tensor) or _bridge.is_array(value):
        return _bridge.to_numpy(value)
    if numpy.isscalar(value):
        return numpy.asarray(value)
    raise TypeError(
        'Array cannot be converted into an numpy.ndarray'
        '\nActual type: {0}.'.format(type(value)))


def copy_into(value, dataset):
    """Copy a loaded numpy array into an existing (non-numpy) array."""
    if isinstance(value, torch.Tensor):
        src = _bridge.as_tensor(numpy.asarray(dataset))
        if tuple(src.shape) != tuple(value.shape):
            src = src.expand_as(value)  # numpy.copyto broadcasts
        with torch.no_grad():
            value.copy_(src.to(value.device))
        return True
    if _bridge._cupy is not None and isinstance(value, _bridge._cupy_ndarray):
        value.set(numpy.asarray(dataset, dtype=value.dtype))
        return True
    return False
