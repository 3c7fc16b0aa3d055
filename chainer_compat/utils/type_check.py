"""Chainer's type-check expression system (``chainer.utils.type_check``).

Expressions over input types (``in_types[0].shape[1] == 3``) are built
lazily, evaluated by :func:`expect`, and a failure raises
:class:`InvalidType` with Chainer's ``Expect: ... / Actual: ...`` message.
Built-in functions of the facade use the cheap helpers at the bottom
(:func:`_fail`, :func:`_check_float`, ...) which raise the same error.
"""
import contextlib
import functools
import operator
import threading

import numpy

_thread_local = threading.local()


@contextlib.contextmanager
def get_function_check_context(f):
    default = getattr(_thread_local, 'current_function', None)
    _thread_local.current_function = f
    try:
        yield
    finally:
        _thread_local.current_function = default


class TypeInfo(object):
    """Type information of an input/gradient array (shape and dtype)."""

    def __init__(self, shape, dtype):
        self.shape = shape
        self.dtype = dtype
        self.ndim = len(shape)

    @property
    def size(self):
        return functools.reduce(operator.mul, self.shape, 1)


class TypeInfoTuple(tuple):
    """Tuple of :class:`TypeInfo` expressions."""

    def size(self):
        return Variable(len(self), '{0}.size'.format(self.name))


class LightTypeInfoTuple(tuple):
    """Tuple of :class:`TypeInfo` for the light-weight check."""

    def size(self):
        return len(self)


def _shape_dtype(x):
    shape = getattr(x, 'shape', None)
    dtype = getattr(x, 'dtype', None)
    if shape is not None and not isinstance(dtype, numpy.dtype):
        # torch tensors: map the dtype to numpy's
        from chainer_compat._bridge.convert import numpy_dtype
        dtype = numpy_dtype(dtype)
    return tuple(shape), dtype


def get_types(data, name, accept_none, *, shapes=None):
    assert isinstance(data, tuple)
    if shapes is None:
        shapes = tuple([None if x is None else _shape_dtype(x)[0]
                        for x in data])
    info = TypeInfoTuple(
        _get_type(name, i, x, accept_none, shape)
        for i, (x, shape) in enumerate(zip(data, shapes)))
    info.name = name
    return info


def get_light_types(data, *, shapes=None):
    assert isinstance(data, tuple)
    if shapes is None:
        data_ = tuple(TypeInfo(*_shape_dtype(x)) for x in data)
    else:
        data_ = tuple(TypeInfo(shape, _shape_dtype(x)[1])
                      for x, shape in zip(data, shapes))
    return LightTypeInfoTuple(data_)


def _get_type(name, index, array, accept_none, shape):
    var = '{0}[{1}]'.format(name, index)
    if accept_none and array is None:
        return Variable(TypeInfo((), None), var)
    _, dtype = _shape_dtype(array)
    return Variable(TypeInfo(shape, dtype), var)


def _make_un_operator(exp, priority, func):
    def f(x):
        return UnaryOperator(priority, x, exp, func)
    return f


def _make_bin_operator(exp, priority, func, right_associative=False):
    def f(x, y):
        return BinaryOperator(priority, x, y, exp, func, right_associative)
    return f


def _make_bool_operator(exp, inv, func):
    def f(x, y):
        return BoolBinaryOperator(x, y, exp, inv, func)
    return f


def _flip(f):
    return lambda x, y: f(y, x)


class Expr(object):

    """Abstract syntax tree of an expression (lazily evaluated)."""

    def __init__(self, priority):
        self.priority = priority

    def eval(self):
        raise NotImplementedError()

    def __nonzero__(self):
        msg = ('An Expression "{}" was evaluated as bool. Use '
               'type_check.expect or type_check.eval.').format(str(self))
        raise RuntimeError(msg)

    __bool__ = __nonzero__

    def __call__(self, *args):
        return Call(self, args)

    def __getitem__(self, key):
        return GetItem(self, key)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return GetAttr(self, name)

    __eq__ = _make_bool_operator('==', '!=', operator.__eq__)
    __ne__ = _make_bool_operator('!=', '==', operator.__ne__)
    __lt__ = _make_bool_operator('<', '>=', operator.__lt__)
    __le__ = _make_bool_operator('<=', '>', operator.__le__)
    __gt__ = _make_bool_operator('>', '<=', operator.__gt__)
    __ge__ = _make_bool_operator('>=', '<', operator.__ge__)

    # Please refer the Python documentation to know priority of operators.
    # https://docs.python.org/3/reference/expressions.html
    __add__ = _make_bin_operator('+', 4, operator.__add__)
    __radd__ = _flip(__add__)
    __sub__ = _make_bin_operator('-', 4, operator.__sub__)
    __rsub__ = _flip(__sub__)
    __mul__ = _make_bin_operator('*', 5, operator.__mul__)
    __rmul__ = _flip(__mul__)
    __truediv__ = _make_bin_operator('/', 5, operator.__truediv__)
    __rtruediv__ = _flip(__truediv__)
    __floordiv__ = _make_bin_operator('//', 5, operator.__floordiv__)
    __rfloordiv__ = _flip(__floordiv__)
    __mod__ = _make_bin_operator('%', 5, operator.__mod__)
    __rmod__ = _flip(__mod__)
    __pow__ = _make_bin_operator('**', 7, operator.__pow__,
                                 right_associative=True)
    __lshift__ = _make_bin_operator('<<', 3, operator.__lshift__)
    __rlshift__ = _flip(__lshift__)
    __rshift__ = _make_bin_operator('>>', 3, operator.__rshift__)
    __rrshift__ = _flip(__rshift__)
    __and__ = _make_bin_operator('&', 2, operator.__and__)
    __rand__ = _flip(__and__)
    __xor__ = _make_bin_operator('^', 1, operator.__xor__)
    __rxor__ = _flip(__xor__)
    __or__ = _make_bin_operator('|', 0, operator.__or__)
    __ror__ = _flip(__or__)

    __neg__ = _make_un_operator('-', 6, operator.__neg__)
    __pos__ = _make_un_operator('+', 6, operator.__pos__)
    __invert__ = _make_un_operator('~', 6, operator.__invert__)

    __hash__ = object.__hash__


def _eval_expr(v):
    if isinstance(v, Expr):
        return v.eval()
    elif isinstance(v, list):
        return list(map(_eval_expr, v))
    elif isinstance(v, tuple):
        return tuple(map(_eval_expr, v))
    else:
        return v


def _repr(v):
    if isinstance(v, Expr):
        return str(v)
    elif isinstance(v, list):
        return '[{0}]'.format(', '.join(map(_repr, v)))
    elif isinstance(v, tuple):
        if len(v) == 0:
            return '()'
        elif len(v) == 1:
            return '({0},)'.format(_repr(v[0]))
        else:
            return '({0})'.format(', '.join(map(_repr, v)))
    else:
        return repr(v)


class Atom(Expr):

    def __init__(self):
        super(Atom, self).__init__(8)


class Constant(Atom):

    def __init__(self, value):
        super(Constant, self).__init__()
        self.value = value

    def __str__(self):
        return _repr(self.value)

    def eval(self):
        return self.value


class Variable(Atom):

    def __init__(self, value, name):
        super(Variable, self).__init__()
        self.value = value
        self.name = name

    def __str__(self):
        return self.name

    def eval(self):
        return self.value


class GetAttr(Atom):

    def __init__(self, obj, name):
        super(GetAttr, self).__init__()
        self.obj = obj
        self.name = name

    def __str__(self):
        if isinstance(self.name, str):
            return '{0}.{1}'.format(_repr(self.obj), self.name)
        elif (isinstance(self.name, Constant) and
              isinstance(self.name.value, str)):
            return '{0}.{1}'.format(_repr(self.obj), self.name.value)
        else:
            return 'getattr({0}, {1})'.format(_repr(self.obj),
                                              _repr(self.name))

    def eval(self):
        return getattr(_eval_expr(self.obj), _eval_expr(self.name))


def _str_subscript(exp):
    if exp is Ellipsis:
        return '...'
    elif isinstance(exp, slice):
        def key_str(v):
            return '' if v is None else _repr(v)
        if exp.step is not None:
            return '{0}:{1}:{2}'.format(key_str(exp.start),
                                        key_str(exp.stop),
                                        key_str(exp.step))
        return '{0}:{1}'.format(key_str(exp.start), key_str(exp.stop))
    elif isinstance(exp, tuple):
        return ', '.join(map(_str_subscript, exp))
    else:
        return _repr(exp)


class GetItem(Atom):

    def __init__(self, obj, key):
        super(GetItem, self).__init__()
        self.obj = obj
        self.key = key

    def __str__(self):
        key = _str_subscript(self.key)
        return '{0}[{1}]'.format(_repr(self.obj), key)

    def eval(self):
        return _eval_expr(self.obj)[_eval_expr(self.key)]


class Call(Atom):

    def __init__(self, obj, args):
        assert isinstance(args, tuple)
        super(Call, self).__init__()
        self.obj = obj
        self.args = args

    def __str__(self):
        return '{0}({1})'.format(_repr(self.obj),
                                 ', '.join(map(_repr, self.args)))

    def eval(self):
        args = _eval_expr(self.args)
        func = _eval_expr(self.obj)
        return func(*args)


class UnaryOperator(Expr):

    def __init__(self, priority, term, exp, func):
        super(UnaryOperator, self).__init__(priority)
        self.term = term
        self.exp = exp
        self.func = func

    def eval(self):
        return self.func(_eval_expr(self.term))

    def __str__(self):
        exp = _repr(self.term)
        if isinstance(self.term, Expr) and self.term.priority < self.priority:
            exp = '(' + exp + ')'
        return self.exp + exp


class BinaryOperator(Expr):

    def __init__(self, priority, lhs, rhs, exp, func, right_associative=False):
        super(BinaryOperator, self).__init__(priority)
        self.lhs = lhs
        self.rhs = rhs
        self.exp = exp
        self.func = func
        self.right_associative = right_associative

    def eval(self):
        left = self._eval_left()
        right = self._eval_right()
        return self.func(left, right)

    def _eval_left(self):
        return _eval_expr(self.lhs)

    def _eval_right(self):
        return _eval_expr(self.rhs)

    def __str__(self):
        # When an infix operator has the same priority as another, the
        # associativity decides where the parentheses go.
        left = _repr(self.lhs)
        if isinstance(self.lhs, Expr) and (
                self.priority > self.lhs.priority or
                (self.right_associative and
                 self.priority == self.lhs.priority)):
            left = '(' + left + ')'
        right = _repr(self.rhs)
        if isinstance(self.rhs, Expr) and (
                self.priority > self.rhs.priority or
                (not self.right_associative and
                 self.priority == self.rhs.priority)):
            right = '(' + right + ')'
        return '{0} {2} {1}'.format(left, right, self.exp)


class Testable(object):

    def expect(self):
        raise NotImplementedError()


class BoolBinaryOperator(BinaryOperator, Testable):

    def __init__(self, lhs, rhs, exp, inv, func):
        BinaryOperator.__init__(self, -1, lhs, rhs, exp, func)
        self.inv = inv

    def expect(self):
        left = self._eval_left()
        right = self._eval_right()
        if not self.func(left, right):
            raise InvalidType(
                '{0} {1} {2}'.format(self.lhs, self.exp, self.rhs),
                '{0} {1} {2}'.format(left, self.inv, right))


class InvalidType(Exception):
    """Raised when types of data for forward/backward are invalid."""

    def __init__(self, expect, actual, msg=None):
        if msg is None:
            msg = 'Expect: {0}\nActual: {1}'.format(expect, actual)
            current = getattr(_thread_local, 'current_function', None)
            if current is not None:
                msg = '''
Invalid operation is performed in: {0} (Forward)

{1}'''.format(current.label, msg)
        super(InvalidType, self).__init__(msg)
        self.expect = expect
        self.actual = actual

    def __reduce__(self):
        msg, = self.args
        return (InvalidType, (self.expect, self.actual, msg))


def _argname(in_types, names):
    """Assigns user friendly names for the input types."""
    if len(in_types) != len(names):
        raise InvalidType(
            '{} argument(s)'.format(str(len(names))),
            '{} argument(s)'.format(str(len(in_types))),
            'Invalid number of arguments')
    for in_type, name in zip(in_types, names):
        if isinstance(in_type, Variable):
            in_type.name = name


def expect(*bool_exprs):
    """Evaluates and tests all given expressions (raises InvalidType)."""
    if in_light_mode():
        if not all(bool_exprs):
            raise InvalidType('', '')
    else:
        for expr in bool_exprs:
            assert isinstance(expr, Testable)
            expr.expect()


def same_types(*arrays):
    for x in arrays:
        if not isinstance(x, numpy.ndarray):
            break
    else:
        return True
    from chainer_compat.backends import cuda
    return all(isinstance(x, cuda.ndarray) for x in arrays)


def eval(exp):
    if in_light_mode():
        return exp
    else:
        return exp.eval()


def make_variable(value, name):
    if in_light_mode():
        return value
    else:
        return Variable(value, name)


def _make_variable_from_array(array, name):
    if not isinstance(array, numpy.ndarray):
        raise AssertionError('{} must be an array'.format(name))
    return make_variable(array, name)


class LightMode(object):

    def __enter__(self):
        _thread_local.light_mode = True

    def __exit__(self, exc_type, exc_value, traceback):
        _thread_local.light_mode = False


def _prod_impl(xs):
    result = 1
    for x in xs:
        result *= x
    return result


_prod = Variable(_prod_impl, 'prod')
light_mode = LightMode()


def in_light_mode():
    try:
        return _thread_local.light_mode
    except AttributeError:
        _thread_local.light_mode = False
    return False


def prod(xs):
    if in_light_mode():
        return _prod_impl(xs)
    else:
        return _prod(xs)


def expect_broadcast_shapes(*shape_types):
    """Checks if shapes can be broadcasted together."""
    shapes = [eval(s) for s in shape_types]
    error = None
    try:
        numpy.broadcast(*[numpy.empty(s + (0,)) for s in shapes])
    except ValueError:
        msgs = ['cannot broadcast inputs of the following shapes:']
        for shape_type, shape in zip(shape_types, shapes):
            msgs.append('{} = {}'.format(shape_type, shape))
        error = InvalidType('', '', msg='\n'.join(msgs))
    if error is not None:
        raise error


# --- cheap checks used by the facade's built-in functions -----------------

class _Named(object):
    """Carries a label for the 'Invalid operation is performed in' header."""

    def __init__(self, label):
        self.label = label


def _fail(label, expect_, actual):
    """Raise Chainer's InvalidType for built-in function ``label``."""
    with get_function_check_context(_Named(label)):
        raise InvalidType(expect_, actual)


def _dtype_of(t):
    from chainer_compat._bridge.convert import numpy_dtype
    return numpy_dtype(t.dtype)


def _check_float(label, t, name='x'):
    """``{name}.dtype.kind == 'f'`` as Chainer checks it."""
    if not t.is_floating_point():
        _fail(label, '{}.dtype.kind == f'.format(name),
              '{} != f'.format(_dtype_of(t).kind))


def _check_same_dtype(label, a, b, na='x', nb='y'):
    if a.dtype != b.dtype:
        _fail(label, '{}.dtype == {}.dtype'.format(na, nb),
              '{} != {}'.format(_dtype_of(a), _dtype_of(b)))


def _check_ndim(label, t, ndim, name='x', op='=='):
    ok = {'==': t.dim() == ndim, '>=': t.dim() >= ndim}[op]
    if not ok:
        inv = {'==': '!=', '>=': '<'}[op]
        _fail(label, '{}.ndim {} {}'.format(name, op, ndim),
              '{} {} {}'.format(t.dim(), inv, ndim))
