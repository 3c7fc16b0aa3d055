"""``chainer.optimizers.AdaGrad``."""
import torch

from chainer_compat import optimizer


_default_hyperparam = optimizer.Hyperparameter()
_default_hyperparam.lr = 0.001
_default_hyperparam.eps = 1e-8


class AdaGradRule(optimizer.UpdateRule):

    """Update rule of AdaGrad.

    Args:
        parent_hyperparam (~chainer.optimizer.Hyperparameter): Hyperparameter
            that provides the default values.
        lr (float): Learning rate.
        eps (float): Small value for the numerical stability.
    """
    is_elementwise = True

    _kernel = None

    def __init__(self, parent_hyperparam=None, lr=None, eps=None):
        super(AdaGradRule, self).__init__(
            parent_hyperparam or _default_hyperparam)
        self._set_hyperparams(lr=lr, eps=eps)

    def init_state(self, param):
        self.state['h'] = optimizer._zeros_like(param)

    def update_core_cpu(self, param):
        grad = optimizer._param_grad(param)
        if grad is None:
            return
        lr = self.hyperparam.lr
        eps = self.hyperparam.eps
        h = optimizer._tensor(self.state['h'])
        h += grad * grad
        data = optimizer._param_data(param)
        data -= lr * grad / (torch.sqrt(h) + eps)

    update_core_gpu = update_core_cpu


class AdaGrad(optimizer.GradientMethod):

    """AdaGrad optimizer.

    Args:
        lr (float): Learning rate.
        eps (float): Small value for the numerical stability.
    """

    def __init__(self, lr=_default_hyperparam.lr, eps=_default_hyperparam.eps):
        super(AdaGrad, self).__init__()
        self.hyperparam.lr = lr
        self.hyperparam.eps = eps

    lr = optimizer.HyperparameterProxy('lr')
    eps = optimizer.HyperparameterProxy('eps')

    def create_update_rule(self):
        return AdaGradRule(self.hyperparam)
