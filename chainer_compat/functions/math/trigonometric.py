"""``chainer.functions.sin``, ``cos``, ``tan``, ``arcsin``, ``arccos``,
``arctan``, ``arctan2``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.functions.math import _unary
from chainer_compat.utils import type_check


def sin(x):
    """Elementwise sin function."""
    return _unary.apply('sin', x, torch.sin)


def cos(x):
    """Elementwise cos function."""
    return _unary.apply('cos', x, torch.cos)


def tan(x):
    """Elementwise tan function."""
    return _unary.apply('tan', x, torch.tan)


def arcsin(x):
    """Elementwise arcsine function."""
    return _unary.apply('arcsin', x, torch.asin)


def arccos(x):
    """Elementwise arccosine function."""
    return _unary.apply('arccos', x, torch.acos)


def arctan(x):
    """Elementwise arctangent function."""
    return _unary.apply('arctan', x, torch.atan)


def arctan2(x1, x2):
    """Elementwise arctangent of ``x1 / x2`` choosing the quadrant.

    Both inputs must be float (their dtypes may differ; the result follows
    numpy's promotion, as in Chainer) and broadcastable.
    """
    a = _f.tensor(x1)
    b = _f.tensor(x2)

    def fn(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f')
        type_check.expect(in_types[1].dtype.kind == 'f')
    _h.check('arctan2', (a, b), ('x1', 'x2'), fn)
    _h.broadcast_check(a, b)
    return _f.output(torch.atan2(a, b), 'arctan2', (x1, x2))


Sin = _unary.node_class('Sin', 'sin', sin)
Cos = _unary.node_class('Cos', 'cos', cos)
Tan = _unary.node_class('Tan', 'tan', tan)
Arcsin = _unary.node_class('Arcsin', 'arcsin', arcsin)
Arccos = _unary.node_class('Arccos', 'arccos', arccos)
Arctan = _unary.node_class('Arctan', 'arctan', arctan)
Arctan2 = _unary.node_class('Arctan2', 'arctan2', arctan2)
