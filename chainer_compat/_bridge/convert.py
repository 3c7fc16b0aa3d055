"""Conversions between Variables, numpy/cupy arrays and torch tensors.

``as_tensor`` is the single entry point from Chainer-land into torch and
``to_array`` the way back; both are zero-copy on CPU.
"""
import numpy
import torch

from chainer_compat._bridge import dtypes as _dtypes

# Filled in by chainer_compat.variable once the class exists (import cycle).
Variable = None

_ndarray = numpy.ndarray
_Tensor = torch.Tensor
_from_numpy = torch.from_numpy

try:  # pragma: no cover - cupy is optional
    import cupy as _cupy
    _cupy_ndarray = _cupy.ndarray
except Exception:  # ImportError or a broken CUDA setup
    _cupy = None
    _cupy_ndarray = ()


def numpy_to_tensor(a):
    """numpy array -> tensor, sharing memory whenever torch allows it."""
    try:
        return _from_numpy(a)
    except (ValueError, TypeError, RuntimeError):
        # Negative strides, non-native byte order, object arrays, ...
        if a.dtype.kind == 'O':
            raise TypeError(
                'chainer_compat: object arrays cannot be used as Chainer '
                'arrays. Received: dtype=object')
        return _from_numpy(numpy.ascontiguousarray(
            a, dtype=a.dtype.newbyteorder('=')))


def as_tensor(x):
    """Variable / ndarray / cupy array / numpy scalar / tensor -> tensor."""
    if isinstance(x, Variable):
        return x._t
    if isinstance(x, _ndarray):
        return numpy_to_tensor(x)
    if isinstance(x, _Tensor):
        return x
    if isinstance(x, numpy.generic):
        return _from_numpy(numpy.asarray(x))
    if _cupy is not None and isinstance(x, _cupy_ndarray):
        return torch.from_dlpack(x)
    raise TypeError(
        'chainer_compat: expected a Variable, numpy.ndarray or cupy.ndarray. '
        'Received: {}'.format(type(x)))


def is_array(x):
    """True for the array types Chainer accepts (numpy, cupy, and tensors)."""
    return isinstance(x, (_ndarray, _Tensor)) or (
        _cupy is not None and isinstance(x, _cupy_ndarray))


def to_array(t):
    """tensor -> the array Chainer would hold: numpy view on CPU.

    On CUDA, a zero-copy cupy array when cupy is importable, else the torch
    CUDA tensor itself (divergence D-001).
    """
    if t is None:
        return None
    if t.device.type == 'cpu':
        if t.requires_grad:
            t = t.detach()
        if t.dtype is torch.bfloat16:
            raise TypeError('chainer_compat: bfloat16 has no numpy dtype')
        if t.is_conj():
            t = t.resolve_conj()
        try:
            return t.numpy()
        except RuntimeError:
            if t._is_zerotensor():
                # torch's symbolic zeros (e.g. double backward of abs)
                return numpy.zeros(tuple(t.shape), _dtypes.to_numpy_dtype(
                    t.dtype))
            raise
    if _cupy is not None and t.device.type == 'cuda':
        return _cupy.from_dlpack(t.detach())
    return t.detach()


def to_numpy(x):
    """Any array-like (tensor on any device, Variable, cupy) -> numpy copy/view."""
    if isinstance(x, Variable):
        x = x._t
    if isinstance(x, _Tensor):
        return x.detach().cpu().numpy()
    if _cupy is not None and isinstance(x, _cupy_ndarray):
        return x.get()
    return numpy.asarray(x)


def array_module(t):
    """numpy for CPU tensors, cupy for CUDA tensors when cupy exists."""
    if t.device.type == 'cuda' and _cupy is not None:
        return _cupy
    return numpy


numpy_dtype = _dtypes.to_numpy_dtype
torch_dtype = _dtypes.to_torch_dtype
