"""``chainer.functions.fmod``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def fmod(x, divisor):
    """Element-wise C-style remainder (sign of ``x``).

    Gradients: ``gx = gy``, ``gdivisor = -gy * fix(x / divisor)``.
    """
    a = _f.tensor(x)
    b = _f.tensor(divisor)

    def fn(in_types):
        type_check.expect(
            in_types[0].dtype == in_types[1].dtype,
            in_types[0].dtype.kind == 'f',
            in_types[1].dtype.kind == 'f',
        )
    _h.check('fmod', (a, b), ('x', 'divisor'), fn)
    _h.broadcast_check(a, b)
    return _f.output(torch.fmod(a, b), 'fmod', (x, divisor))
