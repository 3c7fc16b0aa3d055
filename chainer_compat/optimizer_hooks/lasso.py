"""``chainer.optimizer_hooks.Lasso``: ``g += rate * sign(p)``."""
import torch

import chainer_compat as chainer


class Lasso(object):

    """Optimizer/UpdateRule hook function for Lasso regularization.

    Adds ``rate * sign(param)`` to the gradient (L1 regularization).

    Args:
        rate (float): Coefficient for the weight decay.

    Attributes:
        ~optimizer_hooks.Lasso.rate (float): Coefficient for the weight
            decay.
        ~optimizer_hooks.Lasso.timing (string): Specifies when this hook
            should be called by the Optimizer/UpdateRule. Valid values are
            'pre' (before any updates) and 'post' (after any updates).
        ~optimizer_hooks.Lasso.call_for_each_param (bool): Specifies if this
            hook is called for each parameter (``True``) or only once
            (``False``) by an optimizer to which this hook is registered.
    """
    name = 'Lasso'
    call_for_each_param = True
    timing = 'pre'

    def __init__(self, rate):
        self.rate = rate

    def __call__(self, rule, param):
        from chainer_compat import optimizer
        p = optimizer._param_data(param)
        g = optimizer._param_grad(param)
        if p is None or g is None or param.array is None:
            return
        with chainer.using_device(param.device):
            sign = torch.sign(p)
            g += self.rate * sign
