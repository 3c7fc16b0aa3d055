"""``chainer.optimizers.AdaDelta``."""
import torch

from chainer_compat import optimizer


_default_hyperparam = optimizer.Hyperparameter()
_default_hyperparam.rho = 0.95
_default_hyperparam.eps = 1e-6


class AdaDeltaRule(optimizer.UpdateRule):

    """Update rule of Zeiler's ADADELTA.

    Args:
        parent_hyperparam (~chainer.optimizer.Hyperparameter): Hyperparameter
            that provides the default values.
        rho (float): Exponential decay rate of the first and second order
            moments.
        eps (float): Small value for the numerical stability.
    """
    is_elementwise = True

    _kernel = None

    def __init__(self, parent_hyperparam=None, rho=None, eps=None):
        super(AdaDeltaRule, self).__init__(
            parent_hyperparam or _default_hyperparam)
        self._set_hyperparams(rho=rho, eps=eps)

    def init_state(self, param):
        self.state['msg'] = optimizer._zeros_like(param)
        self.state['msdx'] = optimizer._zeros_like(param)

    def update_core_cpu(self, param):
        grad = optimizer._param_grad(param)
        if grad is None:
            return
        msg = optimizer._tensor(self.state['msg'])
        msdx = optimizer._tensor(self.state['msdx'])
        rho = self.hyperparam.rho
        eps = self.hyperparam.eps

        msg *= rho
        msg += (1 - rho) * grad * grad
        dx = torch.sqrt((msdx + eps) / (msg + eps)) * grad
        msdx *= rho
        msdx += (1 - rho) * dx * dx
        data = optimizer._param_data(param)
        data -= dx

    update_core_gpu = update_core_cpu


class AdaDelta(optimizer.GradientMethod):

    """Zeiler's ADADELTA.

    Args:
        rho (float): Exponential decay rate of the first and second order
                     moments.
        eps (float): Small value for the numerical stability.
    """

    def __init__(self, rho=_default_hyperparam.rho,
                 eps=_default_hyperparam.eps):
        super(AdaDelta, self).__init__()
        self.hyperparam.rho = rho
        self.hyperparam.eps = eps

    rho = optimizer.HyperparameterProxy('rho')
    eps = optimizer.HyperparameterProxy('eps')

    def create_update_rule(self):
        return AdaDeltaRule(self.hyperparam)
