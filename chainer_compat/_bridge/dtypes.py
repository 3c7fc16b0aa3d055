"""numpy <-> torch dtype tables and Chainer's dtype rules."""
import numpy
import torch

NUMPY_TO_TORCH = {
    numpy.dtype(numpy.float16): torch.float16,
    numpy.dtype(numpy.float32): torch.float32,
    numpy.dtype(numpy.float64): torch.float64,
    numpy.dtype(numpy.int8): torch.int8,
    numpy.dtype(numpy.int16): torch.int16,
    numpy.dtype(numpy.int32): torch.int32,
    numpy.dtype(numpy.int64): torch.int64,
    numpy.dtype(numpy.uint8): torch.uint8,
    numpy.dtype(numpy.bool_): torch.bool,
    numpy.dtype(numpy.complex64): torch.complex64,
    numpy.dtype(numpy.complex128): torch.complex128,
}
for _np, _t in (('uint16', 'uint16'), ('uint32', 'uint32'),
                ('uint64', 'uint64')):
    if hasattr(torch, _t):  # torch >= 2.3
        NUMPY_TO_TORCH[numpy.dtype(_np)] = getattr(torch, _t)
TORCH_TO_NUMPY = {v: k for k, v in NUMPY_TO_TORCH.items()}


def to_torch_dtype(dtype):
    """numpy dtype (or anything numpy.dtype accepts) -> torch.dtype."""
    if isinstance(dtype, torch.dtype):
        return dtype
    return NUMPY_TO_TORCH[numpy.dtype(dtype)]


def to_numpy_dtype(dtype):
    """torch.dtype -> numpy.dtype."""
    if isinstance(dtype, torch.dtype):
        return TORCH_TO_NUMPY[dtype]
    return numpy.dtype(dtype)


def kind(t):
    """numpy dtype kind character ('f', 'i', 'u', 'b', 'c') of a tensor."""
    return TORCH_TO_NUMPY[t.dtype].kind


# torch has only copy/compare kernels for uint16/32/64: integer arithmetic
# on them runs in a wider signed dtype and wraps back (two's complement
# makes +, -, * agree with numpy's modular results).
WIDE_FOR_UNSIGNED = {getattr(torch, n): w for n, w in (
    ('uint16', torch.int32), ('uint32', torch.int64),
    ('uint64', torch.int64)) if hasattr(torch, n)}


def int_arith(fn, *ts):
    """``fn(*ts)`` for integer tensors, also for uint16/32/64."""
    dt = ts[0].dtype
    wide = WIDE_FOR_UNSIGNED.get(dt)
    if wide is None:
        return fn(*ts)
    return fn(*[t.to(wide) if isinstance(t, torch.Tensor) else t
                for t in ts]).to(dt)


def int_add(a, b):
    return int_arith(torch.add, a, b)
