"""``chainer.optimizers.RMSpropGraves`` (Alex Graves's RMSprop)."""
import torch

from chainer_compat import optimizer


_default_hyperparam = optimizer.Hyperparameter()
_default_hyperparam.lr = 1e-4
_default_hyperparam.alpha = 0.95
_default_hyperparam.momentum = 0.9
_default_hyperparam.eps = 1e-4


class RMSpropGravesRule(optimizer.UpdateRule):

    """Update rule for Alex Graves's RMSprop.

    Args:
        parent_hyperparam (~chainer.optimizer.Hyperparameter): Hyperparameter
            that provides the default values.
        lr (float): Learning rate.
        alpha (float): Exponential decay rate of the first and second order
            moments of the raw gradient.
        momentum (float): Exponential decay rate of the first order moment of
            the adjusted gradient.
        eps (float): Small value for the numerical stability.
    """
    is_elementwise = True

    _kernel = None

    def __init__(self, parent_hyperparam=None,
                 lr=None, alpha=None, momentum=None, eps=None):
        super(RMSpropGravesRule, self).__init__(
            parent_hyperparam or _default_hyperparam)
        self._set_hyperparams(lr=lr, alpha=alpha, momentum=momentum, eps=eps)

    def init_state(self, param):
        self.state['n'] = optimizer._zeros_like(param)
        self.state['g'] = optimizer._zeros_like(param)
        self.state['delta'] = optimizer._zeros_like(param)

    def update_core_cpu(self, param):
        grad = optimizer._param_grad(param)
        if grad is None:
            return
        n = optimizer._tensor(self.state['n'])
        g = optimizer._tensor(self.state['g'])
        delta = optimizer._tensor(self.state['delta'])
        hp = self.hyperparam
        n *= hp.alpha
        n += (1 - hp.alpha) * grad * grad
        g *= hp.alpha
        g += (1 - hp.alpha) * grad
        delta *= hp.momentum
        delta -= hp.lr * grad / torch.sqrt(n - g * g + hp.eps)
        data = optimizer._param_data(param)
        data += delta

    update_core_gpu = update_core_cpu


class RMSpropGraves(optimizer.GradientMethod):

    """Alex Graves's RMSprop.

    Args:
        lr (float): Learning rate.
        alpha (float): Exponential decay rate of the first and second order
            moments of the raw gradient.
        momentum (float): Exponential decay rate of the first order moment of
            the adjusted gradient.
        eps (float): Small value for the numerical stability.
    """

    def __init__(self, lr=_default_hyperparam.lr,
                 alpha=_default_hyperparam.alpha,
                 momentum=_default_hyperparam.momentum,
                 eps=_default_hyperparam.eps):
        super(RMSpropGraves, self).__init__()
        self.hyperparam.lr = lr
        self.hyperparam.alpha = alpha
        self.hyperparam.momentum = momentum
        self.hyperparam.eps = eps

    lr = optimizer.HyperparameterProxy('lr')
    alpha = optimizer.HyperparameterProxy('alpha')
    momentum = optimizer.HyperparameterProxy('momentum')
    eps = optimizer.HyperparameterProxy('eps')

    def create_update_rule(self):
        return RMSpropGravesRule(self.hyperparam)
