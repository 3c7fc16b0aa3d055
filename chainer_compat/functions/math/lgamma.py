"""``chainer.functions.lgamma``."""
from chainer_compat.functions.math import _psi
from chainer_compat.functions.math import _unary


def _fn(t):
    return _psi.lgamma(t)


def lgamma(x):
    """Element-wise lgamma.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('lgamma', x, _unary._in_float(_fn), argname=True)

