"""``chainer.optimizers.SMORMS3``."""
import torch

from chainer_compat import optimizer


_default_hyperparam = optimizer.Hyperparameter()
_default_hyperparam.lr = 0.001
_default_hyperparam.eps = 1e-16


class SMORMS3Rule(optimizer.UpdateRule):

    """Update rule for Simon Funk's SMORMS3.

    Args:
        parent_hyperparam (~chainer.optimizer.Hyperparameter): Hyperparameter
            that provides the default values.
        lr (float): Learning rate.
        eps (float): Small value for the numerical stability.
    """
    is_elementwise = True

    _kernel = None

    def __init__(self, parent_hyperparam=None, lr=None, eps=None):
        super(SMORMS3Rule, self).__init__(
            parent_hyperparam or _default_hyperparam)
        self._set_hyperparams(lr=lr, eps=eps)

    def init_state(self, param):
        self.state['mem'] = optimizer._ones_like(param)
        self.state['g'] = optimizer._zeros_like(param)
        self.state['g2'] = optimizer._zeros_like(param)

    def update_core_cpu(self, param):
        grad = optimizer._param_grad(param)
        if grad is None:
            return
        mem = optimizer._tensor(self.state['mem'])
        g = optimizer._tensor(self.state['g'])
        g2 = optimizer._tensor(self.state['g2'])
        lr = self.hyperparam.lr
        eps = self.hyperparam.eps
        r = 1 / (mem + 1)
        g = (1 - r) * g + r * grad
        g2 = (1 - r) * g2 + r * grad * grad
        x = g * g / (g2 + eps)
        data = optimizer._param_data(param)
        data -= grad * torch.clamp(x, max=lr) / (torch.sqrt(g2) + eps)
        mem = 1 + mem * (1 - x)
        # Chainer replaces the state arrays with new ones here.
        self.state['mem'] = optimizer._array(mem)
        self.state['g'] = optimizer._array(g)
        self.state['g2'] = optimizer._array(g2)

    update_core_gpu = update_core_cpu


class SMORMS3(optimizer.GradientMethod):

    """Simon Funk's SMORMS3.

    Args:
        lr (float): Learning rate.
        eps (float): Small value for the numerical stability.
    """

    def __init__(self, lr=_default_hyperparam.lr, eps=_default_hyperparam.eps):
        super(SMORMS3, self).__init__()
        self.hyperparam.lr = lr
        self.hyperparam.eps = eps

    lr = optimizer.HyperparameterProxy('lr')
    eps = optimizer.HyperparameterProxy('eps')

    def create_update_rule(self):
        return SMORMS3Rule(self.hyperparam)
