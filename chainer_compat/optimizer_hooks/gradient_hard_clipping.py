"""``chainer.optimizer_hooks.GradientHardClipping``: clip each element."""
import torch

import chainer_compat as chainer


class GradientHardClipping(object):

    """Optimizer/UpdateRule hook function for gradient clipping.

    Clips every gradient element into ``[lower_bound, upper_bound]``.

    Args:
        lower_bound (float): The lower bound of the gradient value.
        upper_bound (float): The upper bound of the gradient value.

    Attributes:
        ~optimizer_hooks.GradientHardClipping.lower_bound (float): The
            lower bound of the gradient value.
        ~optimizer_hooks.GradientHardClipping.upper_bound (float): The
            upper bound of the gradient value.
        ~optimizer_hooks.GradientHardClipping.timing (string): Specifies
            when this hook should be called by the Optimizer/UpdateRule.
            Valid values are 'pre' (before any updates) and 'post' (after
            any updates).
        ~optimizer_hooks.GradientHardClipping.call_for_each_param (bool):
            Specifies if this hook is called for each parameter (``True``) or
            only once (``False``) by an optimizer to which this hook is
            registered.
    """
    name = 'GradientHardClipping'
    call_for_each_param = True
    timing = 'pre'

    def __init__(self, lower_bound, upper_bound):
        self.lower_bound = lower_bound
        self.upper_bound = upper_bound

    def __call__(self, rule, param):
        from chainer_compat import optimizer
        g = optimizer._param_grad(param)
        if g is None:
            return
        with chainer.using_device(param.device):
            # Chainer: numpy.clip(grad, lower, upper, out=grad); either bound
            # may be None.
            torch.clamp(g, self.lower_bound, self.upper_bound, out=g)
