"""``chainer.functions.squared_error`` / ``squared_difference``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.loss import absolute_error as _ae


def squared_error(x0, x1):
    """Element-wise ``(x0 - x1) ** 2``."""
    a = _f.tensor(x0)
    b = _f.tensor(x1)
    _ae._check_pair('SquaredError', a, b)
    d = a - b
    return _f.output(d * d, 'SquaredError', (x0, x1))


def squared_difference(x1, x2):
    """Alias of :func:`squared_error`."""
    return squared_error(x1, x2)
