"""``chainer.optimizer_hooks.GradientLARS``: layer-wise adaptive rate."""
import torch

import chainer_compat as chainer


class GradientLARS(object):

    """Optimizer/UpdateRule hook function for layer wise adaptive rate scaling.

    For each parameter, with ``p_norm = ||p||`` and ``g_norm = ||g||``:
    ``rate = p_norm / (eps + g_norm + weight_decay * p_norm)`` when
    ``p_norm > threshold`` (else 1), then ``g = (g + weight_decay * p) *
    rate``.

    Args:
        threshold (float): If weight norm is more than threshold,
            this function scales all gradient arrays to fit weight norm.
        weight_decay (float): Coefficient for the weight decay.
        eps (float): Small value for the numerical stability.

    Attributes:
        ~optimizer_hooks.GradientLARS.threshold (float): If weight norm is
            more than threshold, this function scales all gradient arrays to
            fit weight norm.
        ~optimizer_hooks.GradientLARS.weight_decay (float): Coefficient
            for the weight decay.
        ~optimizer_hooks.GradientLARS.eps (float): Small value for the
            numerical stability.
        ~optimizer_hooks.GradientLARS.timing (string): Specifies
            when this hook should be called by the Optimizer/UpdateRule.
            Valid values are 'pre' (before any updates) and 'post' (after
            any updates).
        ~optimizer_hooks.GradientLARS.call_for_each_param (bool): Specifies
            if this hook is called for each parameter (``True``) or only once
            (``False``) by an optimizer to which this hook is registered.
    """
    name = 'GradientLARS'
    call_for_each_param = True
    timing = 'pre'

    def __init__(self, threshold=1e-2, weight_decay=0.0, eps=1e-9):
        self.threshold = threshold
        self.weight_decay = weight_decay
        self.eps = eps

    def __call__(self, rule, param):
        from chainer_compat import optimizer
        p = optimizer._param_data(param)
        g = optimizer._param_grad(param)
        if p is None or g is None or param.array is None:
            return
        with chainer.using_device(param.device):
            p_norm = torch.linalg.vector_norm(p)
            g_norm = torch.linalg.vector_norm(g)
            local_rate = p_norm / (self.eps + g_norm
                                   + self.weight_decay * p_norm)
            one = torch.ones((), dtype=local_rate.dtype,
                             device=local_rate.device)
            rate = torch.where(p_norm > self.threshold, local_rate, one)
            g += self.weight_decay * p
            g *= rate
