"""Variable arithmetic (``+ - * / ** @``, unary ``-`` and ``abs``).

Chainer's rules: a scalar operand is cast to the Variable's dtype
(``x.dtype.type(value)``); an ndarray operand is cast to the Variable's dtype
as well; two Variables must have the same dtype (else ``InvalidType``) and
broadcastable shapes.
"""
import numpy
import torch

from chainer_compat._bridge import function as _f
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
    # Chainer: x.dtype.type(value) -- the constant takes the input's dtype.
    if t.is_floating_point():
        return float(value)
    if t.dtype == torch.bool:
        return bool(value)
    return value


def _rhs(label, xt, rhs):
    """Tensor of the right operand after Chainer's _preprocess_rhs + checks."""
    if isinstance(rhs, _Variable):
        rt = rhs._t
        if rt.dtype != xt.dtype:
            type_check._fail(label, 'lhs.dtype == rhs.dtype', '{} != {}'.format(
                _f.numpy_dtype(xt), _f.numpy_dtype(rt)))
    elif _f._convert.is_array(rhs):
        rt = _f.tensor(rhs)
        if rt.dtype != xt.dtype:
            rt = rt.to(xt.dtype)
    else:
        raise TypeError(
            'Value must be a scalar, `numpy.ndarray`, `cupy.ndarray` '
            'or a `Variable`.\nActual: {}'.format(type(rhs)))
    if rt.shape != xt.shape:
        try:
            torch.broadcast_shapes(xt.shape, rt.shape)
        except RuntimeError:
            _broadcast_error(label, xt.shape, rt.shape)
    return rt


def _broadcast_error(label, s0, s1):
    msg = ('cannot broadcast inputs of the following shapes:\n'
           'in_types[0].shape = {}\nin_types[1].shape = {}'.format(
               tuple(s0), tuple(s1)))
    with type_check.get_function_check_context(type_check._Named(label)):
        raise type_check.InvalidType('', '', msg=msg)


def _lhs(x):
    if isinstance(x, _Variable):
        return x._t
    return _f.tensor(x)


def neg(self):  # -x
    """Element-wise negation."""
    return _f.output(torch.neg(_lhs(self)), '__neg__', (self,))


def absolute(self):
    """Element-wise absolute."""
    t = _lhs(self)
    return _f.output(torch.abs(t), '|_|', (self,))


def add(*xs):  # lhs + rhs or add more than 2 variables
    """Element-wise addition."""
    if len(xs) == 2:
        lhs, rhs = xs
        xt = _lhs(lhs)
        if numpy.isscalar(rhs):
            return _f.output(xt + _scalar(xt, rhs),
                             '_ + %s' % _convert_value_to_string(rhs), (lhs,))
        rt = _rhs('_ + _', xt, rhs)
        return _f.output(xt + rt, '_ + _', (lhs, rhs))
    ts = [_lhs(x) for x in xs]
    for i, t in enumerate(ts[1:], 1):
        if t.dtype != ts[0].dtype:
            type_check._fail('MultiAdd', 'in_types[0].dtype == in_types[{}]'
                             '.dtype'.format(i), '{} != {}'.format(
                                 _f.numpy_dtype(ts[0]), _f.numpy_dtype(t)))
    y = ts[0]
    for t in ts[1:]:
        y = y + t
    return _f.output(y, 'MultiAdd', xs)


def sub(self, rhs):  # lhs - rhs
    """Element-wise subtraction."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(xt - _scalar(xt, rhs),
                         '_ + %s' % _convert_value_to_string(-rhs), (self,))
    rt = _rhs('_ - _', xt, rhs)
    return _f.output(xt - rt, '_ - _', (self, rhs))


def rsub(self, rhs):  # rhs - lhs
    """Element-wise subtraction (reflected)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(_scalar(xt, rhs) - xt,
                         '%s - _' % _convert_value_to_string(rhs), (self,))
    rt = _rhs('_ - _', xt, rhs)
    return _f.output(rt - xt, '_ - _', (rhs, self))


def mul(self, rhs):  # lhs * rhs
    """Element-wise multiplication."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(xt * _scalar(xt, rhs),
                         '_ * %s' % _convert_value_to_string(rhs), (self,))
    rt = _rhs('_ * _', xt, rhs)
    return _f.output(xt * rt, '_ * _', (self, rhs))


def div(self, rhs):  # lhs / rhs
    """Element-wise division."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        # Chainer: MulConstant(1. / rhs), i.e. a multiplication.
        inv = 1. / rhs
        return _f.output(xt * _scalar(xt, inv),
                         '_ * %s' % _convert_value_to_string(inv), (self,))
    rt = _rhs('_ / _', xt, rhs)
    return _f.output(xt / rt, '_ / _', (self, rhs))


def rdiv(self, rhs):  # rhs / lhs
    """Element-wise division (reflected)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(_scalar(xt, rhs) / xt,
                         '%s / _' % _convert_value_to_string(rhs), (self,))
    rt = _rhs('_ / _', xt, rhs)
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
    """Element-wise power function."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(torch.pow(xt, _scalar(xt, rhs)),
                         '_ ** %s' % _convert_value_to_string(rhs), (self,))
    rt = _rhs('_ ** _', xt, rhs)
    return _f.output(torch.pow(xt, rt), '_ ** _', (self, rhs))


def rpow(self, rhs):  # rhs ** lhs
    """Element-wise power function (reflected)."""
    xt = _lhs(self)
    if numpy.isscalar(rhs):
        return _f.output(torch.pow(_scalar(xt, rhs), xt),
                         '%s ** _' % _convert_value_to_string(rhs), (self,))
    rt = _rhs('_ ** _', xt, rhs)
    return _f.output(torch.pow(rt, xt), '_ ** _', (rhs, self))


def matmul(self, rhs):  # lhs @ rhs
    """Matrix multiplication (``chainer.functions.matmul``)."""
    from chainer_compat.functions.math import matmul as _matmul
    if not isinstance(rhs, _Variable) and not _f._convert.is_array(rhs):
        raise TypeError('Value must be an array or a Variable. Actual: {}'
                        .format(type(rhs)))
    return _matmul.matmul(self, rhs)


def rmatmul(self, rhs):  # rhs @ lhs
    """Matrix multiplication (reflected)."""
    from chainer_compat.functions.math import matmul as _matmul
    if not isinstance(rhs, _Variable) and not _f._convert.is_array(rhs):
        raise TypeError('Value must be an array or a Variable. Actual: {}'
                        .format(type(rhs)))
    return _matmul.matmul(rhs, self)


def install_variable_arithmetics():
    """No-op: the operators are defined on ``Variable`` itself."""
