"""Private helpers shared by the array / pooling / normalization functions.

``check`` runs a Chainer-style ``check_type_forward`` body (written with
:mod:`chainer_compat.utils.type_check` expressions) under the function's
label, so a failure raises :class:`InvalidType` with Chainer's exact
``Expect: ... / Actual: ...`` message.  It honours ``config.type_check``.
"""
import numbers

import numpy
import torch

from chainer_compat import configuration as _configuration
from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check


class _Named(object):
    def __init__(self, label):
        self.label = label


def check(label, arrays, body, names=None):
    """Evaluate ``body(in_types)`` for ``arrays`` as Chainer does."""
    if not _configuration.config.type_check:
        return
    in_types = type_check.get_types(tuple(arrays), 'in_types', False)
    with type_check.get_function_check_context(_Named(label)):
        if names is not None:
            type_check._argname(in_types, names)
        body(in_types)


def force_check(label, arrays, body, names=None):
    """Like :func:`check` but ignores ``config.type_check`` (used when the
    cheap pre-check already failed and torch would raise otherwise)."""
    in_types = type_check.get_types(tuple(arrays), 'in_types', False)
    with type_check.get_function_check_context(_Named(label)):
        if names is not None:
            type_check._argname(in_types, names)
        body(in_types)


def as_variable(x):
    """``chainer.as_variable`` (kept lazy to avoid an import cycle)."""
    from chainer_compat import variable
    return variable.as_variable(x)


def is_int(x):
    return isinstance(x, numbers.Integral) and not isinstance(x, bool)


def pair(x, n=2):
    if hasattr(x, '__getitem__'):
        return tuple(x)
    return (x,) * n


def index_tensor(a, like):
    """An index-like array (ndarray / list / Variable / tensor) -> tensor on
    ``like``'s device."""
    if _f.is_variable(a):
        a = a._t
    if isinstance(a, torch.Tensor):
        t = a
    else:
        if not isinstance(a, numpy.ndarray):
            a = numpy.asarray(a)
        t = _f.tensor(a)
    if t.device != like.device:
        t = t.to(like.device)
    return t
