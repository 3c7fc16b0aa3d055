"""``chainer.optimizer_hooks.GradientClipping``: global L2-norm clipping."""
import collections
import math

import torch

import chainer_compat as chainer


def _sum_sqnorm_grads(params):
    """Sum of squared gradient norms as a tensor (grouped per device)."""
    from chainer_compat import optimizer
    grouped = collections.OrderedDict()
    for param in params:
        g = optimizer._param_grad(param)
        grouped.setdefault(str(g.device), []).append(g)
    sq_sums = []
    for grads in grouped.values():
        # torch.dot, not numpy's BLAS dot: last-bit differences (D-702)
        dots = [torch.dot(g.reshape(-1), g.reshape(-1)) for g in grads]
        # Chainer: Python ``sum`` of per-array dots, in the grad dtype.
        total = dots[0]
        for d in dots[1:]:
            total = total + d
        sq_sums.append(total)
    if len(sq_sums) == 1:
        return sq_sums[0], True
    return sum(float(s) for s in sq_sums), False


class GradientClipping(object):

    """Optimizer hook function for gradient clipping.

    Rescales all gradients by ``threshold / L2norm(all grads)`` when that
    rate is smaller than 1.

    Args:
        threshold (float): L2 norm threshold.

    Attributes:
        ~optimizer_hooks.GradientClipping.threshold (float): L2
            norm threshold of gradient norm.
        ~optimizer_hooks.GradientClipping.timing (string): Specifies
            when this hook should be called by the Optimizer/UpdateRule.
            Valid values are 'pre' (before any updates) and 'post' (after
            any updates).
    """
    name = 'GradientClipping'
    timing = 'pre'

    def __init__(self, threshold):
        self.threshold = threshold

    def __call__(self, opt):
        from chainer_compat import optimizer
        params = list(opt.target.params(False))
        if not params:
            return
        sqnorm, single = _sum_sqnorm_grads(params)
        if single:
            norm = torch.sqrt(sqnorm)
            # Chainer: rate = threshold / norm, computed in the grad dtype.
            rate = self.threshold / norm
            if bool(rate >= 1):
                return
        else:
            rate = self.threshold / math.sqrt(sqnorm)
            if rate >= 1:
                return
        for param in params:
            g = optimizer._param_grad(param)
            with chainer.using_device(param.device):
                if isinstance(rate, torch.Tensor):
                    g *= rate.to(g.device)
                else:
                    g *= rate
