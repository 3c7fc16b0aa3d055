"""Variable arithmetic (``+ - * / ** @``, unary ``-`` and ``abs``).

Chainer's rules: a scalar operand is cast to the Variable's dtype
(``x.dtype.type(value)``); an ndarray operand is cast to the Variable's dtype
as well; two Variables must have the same dtype (else ``InvalidType``) and
broadcastable shapes.
"""
import numpy
import torch

from chainer_compat._bridge import dtypes as _dtypes
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check

_Variable = _f._Variable


def _convert_value_to_string(value):
    if isinstance(value, _Variable):
        value = value.array
    if numpy.isscalar(value):
        if value < 0:
            return '({})'.format(value)
        return str(value)
    if _f._convert.is_array(value):
        return 'constant array'
    raise ValueError(
        'Value must be a Variable, scalar, {} or {}. Actual: {}'.format(
            numpy.ndarray, 'cupy.ndarray', type(value)))


def _scalar(t, value):
    """Chainer's ``x.dtype.type(value)``: the constant takes the input's
    dtype first (float16 rounding, int truncation), then the op runs."""
    dtype = _f.numpy_dtype(t)
    try:
        return dtype.type(value).item()
    except OverflowError:
        # numpy < 2 wraps an out-of-range int into an integer dtype (the
        # numbers Chainer computed with); numpy 2 raises here.
        if dtype.kind not in 'iu':
            raise
        return numpy.array(value).astype(dtype).item()


def _rhs(label, xt, rhs, float_check=False):
    """Tensor of the right operand after Chainer's _preprocess_rhs + checks.

    ``float_check``: the node also checks ``lhs.dtype.kind == 'f'``
    (Mul, Div, PowVarVar).
    """
    rt = _preprocess_rhs(xt, rhs)
    _check_binary(label, xt, rt, float_check)
    return rt


def _preprocess_rhs(xt, rhs):
    if isinstance(rhs, _Variable):
        return rhs._t
    if not (numpy.isscalar(rhs) or _f._convert.is_array(rhs)):
        raise TypeError(
            'Value must be a scalar, `numpy.ndarray`, `cupy.ndarray` '
            'or a `Variable`.\nActual: {}'.format(type(rhs)))
    rt = _f.tensor(rhs)
    if rt.dtype != xt.dtype:
        rt = rt.to(xt.dtype)
    return rt


def _check_binary(label, lt, rt, float_check):
    """(lhs, rhs) checks of Add/Sub/Mul/Div/PowVarVar in Chainer's order."""
    if not _h.type_checking():
        return
    if float_check and not lt.is_floating_point():
        type_check._fail(label, 'lhs.dtype.kind == f', '{} != f'.format(
            _f.numpy_dtype(lt).kind))
    if rt.dtype != lt.dtype:
        type_check._fail(label, 'lhs.dtype == rhs.dtype', '{} != {}'.format(
            _f.numpy_dtype(lt), _f.numpy_dtype(rt)))
    if rt.shape != lt.shape:
        try:
            torch.broadcast_shapes(lt.shape, rt.shape)
        except RuntimeError:
            _broadcast_error(label, lt.shape, rt.shape)


def _broadcast_error(label, s0, s1):
    # Chainer's expect_broadcast_shapes message (no 'performed in' header).
    msg = ('cannot broadcast inputs of the following shapes:\n'
           'lhs.shape = {}\nrhs.shape = {}'.format(tuple(s0), tuple(s1)))
    raise type_check.InvalidType('', '', msg=msg)


_WIDE = _dtypes.WIDE_FOR_UNSIGNED


def _op(fn, a, b):
    """``fn(a, b)``; uint16/32/64 (no torch arithmetic kernels) run wide."""
    if a.dtype in _WIDE if isinstance(a, torch.Tensor) else b.dtype in _WIDE:
        return _dtypes.int_arith(fn, a, b) if isinstance(a, torch.Tensor) \
            else _dtypes.int_arith(lambda y, x: fn(x, y), b, a)
    return fn(a, b)


def _lhs(x):
    if isinstance(x, _Variable):
        return x._t
    return _f.tensor(x)


def _neg(t):
    if t.dtype in _WIDE:
        return _dtypes.int_arith(torch.neg, t)
    return torch.neg(t)


def neg(self):  # -x
    """Element-wise negation."""
    return _f.output(_neg(_lhs(self)), '__neg__', (self,))


def absolute(self):
    """Element-wise absolute (float only, as Chainer's Absolute)."""
    t = _lhs(self)
    _h.check_float('|_|', t, 'x')
    # gx = sign(x) * gy with x a constant (Chainer's AbsoluteGrad): the
    # second derivative w.r.t. x is None, not torch's ZeroTensor.
    y = _h.elementwise(t, torch.abs, lambda v: torch.sign(v.detach()))
    return _f.output(y, '|_|', (self,))


def add(*xs):  # lhs + rhs or add more than 2 variables
    """Element-wise addition (two operands) or MultiAdd (any other count)."""
    if len(xs) == 2:
        lhs, rhs = xs
        xt = _lhs(lhs)
        if numpy.isscalar(rhs):
            return _f.output(_op(torch.add, xt, _scalar(xt, rhs)),
                             '_ + %s' % _convert_value_to_string(rhs), (lhs,))
        rt = _rhs('_ + _', xt, rhs)
        return _f.output(_op(torch.add, xt, rt), '_ + _', (lhs, rhs))
    return _multi_add(xs)


def _multi_add(xs):
    ts = [_lhs(x) for x in xs]
    for i, t in enumerate(ts if _h.type_checking() else ()):
        if t.dtype != ts[0].dtype:
            type_check._fail('MultiAdd', 'x0.dtype == x{}.dtype'.format(i),
                             '{} != {}'.format(_f.numpy_dtype(ts[0]),
                                               _f.numpy_dtype(t)))
    if len(ts) == 1:
        return _f.output(ts[0].view_as(ts[0]), 'MultiAdd', xs)
    if any(t.shape != ts[0].shape for t in ts[1:]):
        _h.broadcast_check(*ts)  # numpy's ValueError, as Chainer's
    y = _op(torch.add, ts[0], ts[1])
    for t in ts[2:]:
        y = _op(torch.add, y, t)
    return _f.output(y, 'MultiAdd', xs)


def sub(self, rhs):  # lhs - rhs
    """Element-wise subtraction (``x - c`` is ``AddConstant(-c)``)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(_op(torch.add, xt, _scalar(xt, -rhs)),
                         '_ + %s' % _convert_value_to_string(-rhs), (self,))
    rt = _rhs('_ - _', xt, rhs)
    return _f.output(_op(torch.sub, xt, rt), '_ - _', (self, rhs))


def rsub(self, rhs):  # rhs - lhs
    """Element-wise subtraction (reflected)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(_op(torch.sub, _scalar(xt, rhs), xt),
                         '%s - _' % _convert_value_to_string(rhs), (self,))
    rt = _preprocess_rhs(xt, rhs)
    _check_binary('_ - _', rt, xt, False)
    return _f.output(_op(torch.sub, rt, xt), '_ - _', (rhs, self))


def mul(self, rhs):  # lhs * rhs
    """Element-wise multiplication."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(_op(torch.mul, xt, _scalar(xt, rhs)),
                         '_ * %s' % _convert_value_to_string(rhs), (self,))
    rt = _rhs('_ * _', xt, rhs, float_check=True)
    return _f.output(xt * rt, '_ * _', (self, rhs))


def div(self, rhs):  # lhs / rhs
    """Element-wise division (``x / c`` is ``MulConstant(1. / c)``)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        inv = 1. / rhs
        return _f.output(xt * _scalar(xt, inv),
                         '_ * %s' % _convert_value_to_string(inv), (self,))
    rt = _rhs('_ / _', xt, rhs, float_check=True)
    return _f.output(xt / rt, '_ / _', (self, rhs))


def rdiv(self, rhs):  # rhs / lhs
    """Element-wise division (reflected)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        label = '%s / _' % _convert_value_to_string(rhs)
        _h.check_float(label, xt, 'x')
        return _f.output(_scalar(xt, rhs) / xt, label, (self,))
    rt = _preprocess_rhs(xt, rhs)
    _check_binary('_ / _', rt, xt, True)
    return _f.output(rt / xt, '_ / _', (rhs, self))


def floordiv(self, rhs):  # lhs // rhs
    """Element-wise floor division (not differentiable, as in Chainer)."""
    from chainer_compat.functions.math import floor as _floor
    return _floor.floor(div(self, rhs))


def rfloordiv(self, rhs):  # rhs // lhs
    """Element-wise floor division (reflected)."""
    from chainer_compat.functions.math import floor as _floor
    return _floor.floor(rdiv(self, rhs))


def pow(self, rhs):  # lhs ** rhs
    """Element-wise power function (float only)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        label = '_ ** %s' % _convert_value_to_string(rhs)
        _h.check_float(label, xt, 'x')
        return _f.output(torch.pow(xt, _scalar(xt, rhs)), label, (self,))
    rt = _rhs('_ ** _', xt, rhs, float_check=True)
    return _f.output(torch.pow(xt, rt), '_ ** _', (self, rhs))


def rpow(self, rhs):  # rhs ** lhs
    """Element-wise power function (reflected)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        label = '%s ** _' % _convert_value_to_string(rhs)
        _h.check_float(label, xt, 'x')
        return _f.output(torch.pow(_scalar(xt, rhs), xt), label, (self,))
    rt = _preprocess_rhs(xt, rhs)
    _check_binary('_ ** _', rt, xt, True)
    return _f.output(torch.pow(rt, xt), '_ ** _', (rhs, self))


def _matmul_rhs(self, rhs):
    if isinstance(rhs, _Variable):
        return rhs
    xt = _lhs(self)
    rt = _preprocess_rhs(xt, rhs)
    return _f.array_of(rt) if isinstance(rhs, numpy.ndarray) else rt


def matmul(self, rhs):  # lhs @ rhs
    """Matrix multiplication (``chainer.functions.matmul``)."""
    from chainer_compat.functions.math import matmul as _matmul
    return _matmul.matmul(self, _matmul_rhs(self, rhs))


def rmatmul(self, rhs):  # rhs @ lhs
    """Matrix multiplication (reflected)."""
    from chainer_compat.functions.math import matmul as _matmul
    return _matmul.matmul(_matmul_rhs(self, rhs), self)


def install_variable_arithmetics():
    """No-op: the operators are defined on ``Variable`` itself."""


# --- Chainer's node classes, reduced to ``label`` and ``apply`` (D-202) ---

class _Node(object):
    _label = None

    @property
    def label(self):
        return self._label

    def apply(self, inputs):
        y = self._forward(*inputs)
        return y if isinstance(y, tuple) else (y,)


class _ConstNode(_Node):

    def __init__(self, value):
        self.value = value


class Neg(_Node):
    _label = '__neg__'

    def _forward(self, x):
        return neg(x)


class Absolute(_Node):
    _label = '|_|'

    def _forward(self, x):
        return absolute(x)


class Add(_Node):
    _label = '_ + _'

    def _forward(self, lhs, rhs):
        return add(_as_var(lhs), _as_var(rhs))


class AddConstant(_ConstNode):

    @property
    def label(self):
        return '_ + %s' % _convert_value_to_string(self.value)

    def _forward(self, x):
        return add(x, self.value)


class MultiAdd(_Node):
    _label = 'MultiAdd'

    def _forward(self, *xs):
        return _multi_add(xs)


class Sub(_Node):
    _label = '_ - _'

    def _forward(self, lhs, rhs):
        return sub(lhs, _as_var(rhs))


class SubFromConstant(_ConstNode):

    @property
    def label(self):
        return '%s - _' % _convert_value_to_string(self.value)

    def _forward(self, x):
        return rsub(x, self.value)


class Mul(_Node):
    _label = '_ * _'

    def _forward(self, lhs, rhs):
        return mul(lhs, _as_var(rhs))


class MulConstant(_ConstNode):

    @property
    def label(self):
        return '_ * %s' % _convert_value_to_string(self.value)

    def _forward(self, x):
        return mul(x, self.value)


class Div(_Node):
    _label = '_ / _'

    def _forward(self, lhs, rhs):
        return div(lhs, _as_var(rhs))


class DivFromConstant(_ConstNode):

    @property
    def label(self):
        return '%s / _' % _convert_value_to_string(self.value)

    def _forward(self, x):
        return rdiv(x, self.value)


class PowVarVar(_Node):
    _label = '_ ** _'

    def _forward(self, lhs, rhs):
        return pow(lhs, _as_var(rhs))


class PowVarConst(_ConstNode):

    @property
    def label(self):
        return '_ ** %s' % _convert_value_to_string(self.value)

    def _forward(self, x):
        return pow(x, self.value)


class PowConstVar(_ConstNode):

    @property
    def label(self):
        return '%s ** _' % _convert_value_to_string(self.value)

    def _forward(self, x):
        return rpow(x, self.value)


def _as_var(x):
    if isinstance(x, _Variable):
        return x
    return _Variable(x, requires_grad=False)
