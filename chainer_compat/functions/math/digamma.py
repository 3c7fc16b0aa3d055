"""``chainer.functions.digamma``."""
from chainer_compat.functions.math import _psi
from chainer_compat.functions.math import _unary


def _fn(t):
    return _psi.psi(0, t)


def digamma(x):
    """Element-wise digamma.

    Computed with torch (Chainer's CPU path uses SciPy; see D-200).
    """
    return _unary.apply('digamma', x, _unary._in_float(_fn), argname=True)
