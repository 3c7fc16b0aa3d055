"""The boundary every built-in ``chainer.functions`` body goes through.

A built-in function is written as::

    def relu(x):
        t = _f.tensor(x)                       # Variable/ndarray -> tensor
        _f.check_float('ReLU', t, 'x')         # Chainer's type check
        return _f.output(torch.relu(t), 'ReLU', (x,))

``tensor`` converts one input (zero-copy), ``output``/``outputs`` wrap the
torch result(s) into Variables and record Chainer's creator facts (label and
inputs), which ``Variable.creator``, ``unchain_backward`` and
``computational_graph`` read.  Nothing else in ``functions/`` converts.
"""
import numpy
import torch

from chainer_compat._bridge import convert as _convert
from chainer_compat._bridge.dtypes import TORCH_TO_NUMPY as _T2N
from chainer_compat import variable as _variable

_Variable = _variable.Variable
_Call = _variable._Call
_from_tensor = _variable.Variable._from_tensor
_ndarray = numpy.ndarray
_Tensor = torch.Tensor
_numpy_to_tensor = _convert.numpy_to_tensor
_grad_enabled = torch.is_grad_enabled

tensor_of = _convert.as_tensor


def tensor(x):
    """One function input -> tensor (fast path for Variables)."""
    if isinstance(x, _Variable):
        t = x._t
        if t is None:
            raise TypeError('chainer_compat: the input Variable is '
                            'uninitialized (its array is None)')
        return t
    if isinstance(x, _ndarray):
        return _numpy_to_tensor(x)
    return _convert.as_tensor(x)


def tensors(xs):
    return [tensor(x) for x in xs]


def output(t, label, inputs):
    """Wrap one torch result as the function's output Variable.

    As in Chainer, the creator is recorded whenever backprop is enabled,
    also when no input requires grad (``F.relu(ndarray).creator``).
    """
    v = _from_tensor(t, True)
    if t.grad_fn is not None or _grad_enabled():
        v._call = _Call(label, inputs)
    return v


def outputs(ts, label, inputs):
    """Wrap several torch results; they share one creator record."""
    call = _Call(label, inputs)
    record = _grad_enabled()
    vs = []
    for t in ts:
        v = _from_tensor(t, True)
        if record or t.grad_fn is not None:
            v._call = call
        vs.append(v)
    call.outputs = tuple(vs)
    return tuple(vs)


def numpy_dtype(t):
    return _T2N[t.dtype]


def kind(t):
    return _T2N[t.dtype].kind


def is_variable(x):
    return isinstance(x, _Variable)


def array_of(t):
    """tensor -> array for user-facing results that are not Variables."""
    return _convert.to_array(t)
