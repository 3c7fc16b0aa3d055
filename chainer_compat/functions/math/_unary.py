"""Private: one-input float element-wise functions (F.exp, F.sin, ...)."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _in_float(fn):
    """Run ``fn`` in float32 for float16 inputs (torch lacks some half
    kernels on CPU; Chainer computes with numpy/scipy and casts back)."""
    def wrapped(t):
        if t.dtype == torch.float16:
            return fn(t.float()).to(torch.float16)
        return fn(t)
    return wrapped


def apply(label, x, fn, argname=True):
    """``fn(x)`` after Chainer's ``x.dtype.kind == 'f'`` check.

    ``argname=False``: the function checks ``in_types.size() == 1`` without
    naming the input (messages then say ``in_types[0]``).
    """
    t = _f.tensor(x)
    if not t.is_floating_point() and _h.type_checking():
        if argname:
            type_check._check_float(label, t, 'x')
        else:
            def chk(in_types):
                type_check.expect(in_types.size() == 1)
                type_check.expect(in_types[0].dtype.kind == 'f')
            _h.check(label, (t,), None, chk)
    return _f.output(fn(t), label, (x,))


class _Node(object):
    """Reduced FunctionNode (``label`` and ``apply``) for the classes that
    Chainer code instantiates directly (``trigonometric.Cos().apply``);
    see D-202."""

    _label = None

    @property
    def label(self):
        return self._label

    def _forward(self, *inputs):
        raise NotImplementedError

    def apply(self, inputs):
        y = self._forward(*inputs)
        return y if isinstance(y, tuple) else (y,)


def node_class(name, label, fn):
    """A :class:`_Node` subclass named ``name`` computing ``fn``."""
    return type(name, (_Node,), {
        '_label': label,
        '_forward': lambda self, *xs: fn(*xs),
        '__module__': fn.__module__,
        '__doc__': 'Chainer ``{}`` node (label/apply only).'.format(name)})
