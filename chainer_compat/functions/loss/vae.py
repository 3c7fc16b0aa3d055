"""``chainer.functions.gaussian_kl_divergence`` / ``bernoulli_nll`` /
``gaussian_nll`` (VAE losses).

Written with Variable arithmetic, as Chainer composes them, so the dtype
rules for mixed ndarray / Variable arguments are Chainer's.
"""
import math

import numpy

from chainer_compat.functions.activation import softplus as _softplus_mod
from chainer_compat.functions.math import average as _average
from chainer_compat.functions.math import exponential as _exponential
from chainer_compat.functions.math import sum as _sum


def _check_reduce(reduce):
    if reduce not in ('sum', 'mean', 'no'):
        raise ValueError(
            'only \'sum\', \'mean\' and \'no\' are valid for \'reduce\', but '
            '\'%s\' is given' % reduce)


def _exp_neg(ln_var):
    # Chainer evaluates ``F.exp(-ln_var)``: for a 0-dim numpy.ndarray,
    # ``-ln_var`` is a numpy scalar, which FunctionNode.apply rejects.
    if isinstance(ln_var, numpy.ndarray) and ln_var.ndim == 0:
        raise TypeError(
            'incompatible array types are mixed in the forward input '
            '(exp).\nActual: {}'.format(ln_var.dtype.type))
    return _exponential.exp(-ln_var)


def _reduce(loss, reduce):
    if reduce == 'sum':
        return _sum.sum(loss)
    if reduce == 'mean':
        return _average.average(loss)
    return loss


def gaussian_kl_divergence(mean, ln_var, reduce='sum'):
    """KL divergence of N(mean, exp(ln_var)) from N(0, I):
    ``0.5 * (mean^2 + var - ln_var - 1)``, summed/averaged/elementwise."""
    _check_reduce(reduce)
    var = _exponential.exp(ln_var)
    mean_square = mean * mean
    loss = (mean_square + var - ln_var - 1) * 0.5
    return _reduce(loss, reduce)


def bernoulli_nll(x, y, reduce='sum'):
    """Negative log-likelihood of ``x`` under Bernoulli(sigmoid(y)):
    ``softplus(y) - x * y``."""
    _check_reduce(reduce)
    loss = _softplus_mod.softplus(y) - x * y
    return _reduce(loss, reduce)


def gaussian_nll(x, mean, ln_var, reduce='sum'):
    """Negative log-likelihood of ``x`` under N(mean, exp(ln_var))."""
    _check_reduce(reduce)
    x_prec = _exp_neg(ln_var)
    x_diff = x - mean
    x_power = (x_diff * x_diff) * x_prec * -0.5
    loss = (ln_var + math.log(2 * math.pi)) / 2 - x_power
    return _reduce(loss, reduce)
