"""``chainer.optimizers.CorrectedMomentumSGD``: ``v = m*v - g; p += lr*v``."""
from chainer_compat import optimizer


_default_hyperparam = optimizer.Hyperparameter()
_default_hyperparam.lr = 0.01
_default_hyperparam.momentum = 0.9


class CorrectedMomentumSGDRule(optimizer.UpdateRule):

    """Update rule for the corrected momentum SGD.

    Args:
        parent_hyperparam (~chainer.optimizer.Hyperparameter): Hyperparameter
            that provides the default values.
        lr (float): Learning rate.
        momentum (float): Exponential decay rate of the first order moment.
    """
    is_elementwise = True

    def __init__(self, parent_hyperparam=None, lr=None, momentum=None):
        super(CorrectedMomentumSGDRule, self).__init__(
            parent_hyperparam or _default_hyperparam)
        self._set_hyperparams(lr=lr, momentum=momentum)

    def init_state(self, param):
        self.state['v'] = optimizer._zeros_like(param)

    def update_core_cpu(self, param):
        grad = optimizer._param_grad(param)
        if grad is None:
            return
        v = optimizer._tensor(self.state['v'])
        v *= self.hyperparam.momentum
        v -= grad
        data = optimizer._param_data(param)
        data += self.hyperparam.lr * v

    update_core_gpu = update_core_cpu


class CorrectedMomentumSGD(optimizer.GradientMethod):

    """Momentum SGD optimizer with the learning rate outside the velocity.

    Args:
        lr (float): Learning rate.
        momentum (float): Exponential decay rate of the first order moment.
    """

    def __init__(self, lr=_default_hyperparam.lr,
                 momentum=_default_hyperparam.momentum):
        super(CorrectedMomentumSGD, self).__init__()
        self.hyperparam.lr = lr
        self.hyperparam.momentum = momentum

    lr = optimizer.HyperparameterProxy('lr')
    momentum = optimizer.HyperparameterProxy('momentum')

    def create_update_rule(self):
        return CorrectedMomentumSGDRule(self.hyperparam)
