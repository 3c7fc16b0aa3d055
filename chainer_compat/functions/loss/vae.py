"""``chainer.functions.gaussian_kl_divergence`` / ``bernoulli_nll`` /
``gaussian_nll`` (VAE losses).

Written with Variable arithmetic, as Chainer composes them, so the dtype
rules for mixed ndarray / Variable arguments are Chainer's.
"""
import math

import torch

from chainer_compat._bridge import function as _f


def _check_reduce(reduce):
    if reduce not in ('sum', 'mean', 'no'):
        raise ValueError(
            'only \'sum\', \'mean\' and \'no\' are valid for \'reduce\', but '
            '\'%s\' is given' % reduce)


def _unary(fn, label, x):
    return _f.output(fn(_f.tensor(x)), label, (x,))


def _exp(x):
    return _unary(torch.exp, 'Exp', x)


def _softplus(x):
    # Chainer's softplus (beta=1): log1p(exp(-|x|)) + max(x, 0)
    return _unary(lambda t: torch.log1p(torch.exp(-torch.abs(t))) +
                  torch.relu(t), 'Softplus', x)


def _reduce(loss, reduce):
    if reduce == 'sum':
        return _unary(lambda t: t.sum(), 'Sum', loss)
    if reduce == 'mean':
        return _unary(lambda t: t.sum() / t.numel(), 'Mean', loss)
    return loss


def gaussian_kl_divergence(mean, ln_var, reduce='sum'):
    """KL divergence of N(mean, exp(ln_var)) from N(0, I):
    ``0.5 * (mean^2 + var - ln_var - 1)``, summed/averaged/elementwise."""
    _check_reduce(reduce)
    var = _exp(ln_var)
    mean_square = mean * mean
    loss = (mean_square + var - ln_var - 1) * 0.5
    return _reduce(loss, reduce)


def bernoulli_nll(x, y, reduce='sum'):
    """Negative log-likelihood of ``x`` under Bernoulli(sigmoid(y)):
    ``softplus(y) - x * y``."""
    _check_reduce(reduce)
    loss = _softplus(y) - x * y
    return _reduce(loss, reduce)


def gaussian_nll(x, mean, ln_var, reduce='sum'):
    """Negative log-likelihood of ``x`` under N(mean, exp(ln_var))."""
    _check_reduce(reduce)
    x_prec = _exp(-ln_var)
    x_diff = x - mean
    x_power = (x_diff * x_diff) * x_prec * -0.5
    loss = (ln_var + math.log(2 * math.pi)) / 2 - x_power
    return _reduce(loss, reduce)
