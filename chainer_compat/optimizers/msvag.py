"""``chainer.optimizers.MSVAG`` (M-SVAG, Balles & Hennig)."""
from __future__ import division

import torch

from chainer_compat import optimizer


_default_hyperparam = optimizer.Hyperparameter()
_default_hyperparam.lr = 0.1
_default_hyperparam.beta = 0.9
_default_hyperparam.eta = 1.0
_default_hyperparam.weight_decay_rate = 0


class MSVAGRule(optimizer.UpdateRule):

    """Update rule of the M-SVAG optimization algorithm.

    Args:
        parent_hyperparam (~chainer.optimizer.Hyperparameter): Hyperparameter
            that provides the default values.
        lr (float): Learning rate.
        beta (float): Exponential decay rate of the first and second order
                      moment.
        eta (float): Schedule multiplier, can be used for warm restarts.
        weight_decay_rate (float): Weight decay rate.
    """
    is_elementwise = True

    def __init__(self, parent_hyperparam=None,
                 lr=None, beta=None,
                 eta=None, weight_decay_rate=None):
        super(MSVAGRule, self).__init__(
            parent_hyperparam or _default_hyperparam)
        self._set_hyperparams(
            lr=lr, beta=beta, eta=eta, weight_decay_rate=weight_decay_rate)
        self.beta_power = self.hyperparam.beta

    def init_state(self, param):
        self.state['m'] = optimizer._zeros_like(param)
        self.state['v'] = optimizer._zeros_like(param)

    def update_core_cpu(self, param):
        grad = optimizer._param_grad(param)
        if grad is None:
            return
        hp = self.hyperparam
        m = optimizer._tensor(self.state['m'])
        v = optimizer._tensor(self.state['v'])
        rho = (((1.0 - hp.beta) ** 2) * (1.0 - self.beta_power ** 2) /
               (((1.0 - self.beta_power) ** 2) * (1.0 - hp.beta ** 2)))
        rho = min(rho, 0.9999)

        m += (1 - hp.beta) * (grad - m)
        v += (1 - hp.beta) * (grad * grad - v)

        mt = m / (1 - self.beta_power)
        vt = v / (1 - self.beta_power)

        mt2 = mt ** 2
        s = (vt - mt2) / (1 - rho)

        factor = torch.clamp(mt2 / (mt2 + rho * s), 0, 1)
        factor = factor.masked_fill(torch.isnan(factor), 0)

        data = optimizer._param_data(param)
        data -= hp.eta * (hp.lr * mt * factor +
                          hp.weight_decay_rate * data)

        self.beta_power *= hp.beta

    update_core_gpu = update_core_cpu


class MSVAG(optimizer.GradientMethod):

    """M-SVAG optimizer.

    Args:
        lr (float): Learning rate.
        beta (float): Exponential decay rate of the first and second order
                      moment.
        eta (float): Schedule multiplier, can be used for warm restarts.
        weight_decay_rate (float): Weight decay rate.
    """

    def __init__(self,
                 lr=_default_hyperparam.lr,
                 beta=_default_hyperparam.beta,
                 eta=_default_hyperparam.eta,
                 weight_decay_rate=_default_hyperparam.weight_decay_rate):
        super(MSVAG, self).__init__()
        self.hyperparam.lr = lr
        self.hyperparam.beta = beta
        self.hyperparam.eta = eta
        self.hyperparam.weight_decay_rate = weight_decay_rate

    lr = optimizer.HyperparameterProxy('lr')
    beta = optimizer.HyperparameterProxy('beta')
    eta = optimizer.HyperparameterProxy('eta')
    weight_decay_rate = optimizer.HyperparameterProxy('weight_decay_rate')

    def create_update_rule(self):
        return MSVAGRule(self.hyperparam)
