"""``chainer.optimizers.Adam`` and its variants (AdamW, AMSGrad, AdaBound,
AMSBound), with Chainer's update: ``eps`` added to ``sqrt(v)`` (not to the
bias-corrected ``v``), the bias correction folded into ``alpha_t``, and the
decoupled ``weight_decay_rate`` scaled by ``eta``.
"""
from __future__ import division
import math
import warnings

import numpy
import torch

from chainer_compat._bridge import parity as _parity

from chainer_compat import optimizer
from chainer_compat._bridge import convert as _convert


_default_hyperparam = optimizer.Hyperparameter()
_default_hyperparam.alpha = 0.001
_default_hyperparam.beta1 = 0.9
_default_hyperparam.beta2 = 0.999
_default_hyperparam.eps = 1e-8
_default_hyperparam.eta = 1.0
_default_hyperparam.weight_decay_rate = 0
_default_hyperparam.amsgrad = False
_default_hyperparam.adabound = False
_default_hyperparam.final_lr = 0.1
_default_hyperparam.gamma = 1e-3


def _learning_rate(hp, t):
    if t == 0:
        raise RuntimeError(
            'Can\'t determine the learning rate of Adam optimizer '
            'because the update steps have not been started.')
    fix1 = 1. - math.pow(hp.beta1, t)
    fix2 = 1. - math.pow(hp.beta2, t)
    return hp.alpha * math.sqrt(fix2) / fix1


def _get_intermediate_dtype(dtype):
    # Chainer: float16 params are updated with float32 intermediates.
    if dtype == numpy.float16:
        return numpy.float32
    return dtype


_scalar_cache = (None, None)


def _scalar_tensor(value, dtype, device):
    # the 0-dim tensor of alpha_t, shared by the parameters of one step
    # (the cache is replaced in one assignment: safe across threads)
    global _scalar_cache
    key = (value, dtype, device)
    cached = _scalar_cache
    if cached[0] == key:
        return cached[1]
    t = torch.tensor(value, dtype=dtype, device=device)
    _scalar_cache = (key, t)
    return t


def _inplace_axpby(x, a, b, y):
    """x <- a * x + b * y (in place, Chainer's operation order)."""
    if a == 1:
        x += b * y
    else:
        x.copy_(a * x + b * y)


class AdamRule(optimizer.UpdateRule):

    """Update rule of Adam optimization algorithm.

    Args:
        parent_hyperparam (~chainer.optimizer.Hyperparameter): Hyperparameter
            that provides the default values.
        alpha (float): Coefficient of learning rate.
        beta1 (float): Exponential decay rate of the first order moment.
        beta2 (float): Exponential decay rate of the second order moment.
        eps (float): Small value for the numerical stability.
        eta (float): Schedule multiplier, can be used for warm restarts.
        weight_decay_rate (float): Weight decay rate.
        amsgrad (bool): Whether to use the AMSGrad variant of Adam.
        adabound (bool): Whether to use the AdaBound variant of Adam.
        final_lr (float): Final (SGD) learning rate in AdaBound.
        gamma (float): Convergence speed of the bound functions in AdaBound.
    """
    is_elementwise = True

    _kernel = None
    _amsgrad_kernel = None
    _adabound_kernel = None
    _amsbound_kernel = None

    # Only used in `update_core_gpu`.
    _dummy = None

    def __init__(self, parent_hyperparam=None,
                 alpha=None, beta1=None, beta2=None, eps=None,
                 eta=None, weight_decay_rate=None, amsgrad=None,
                 adabound=None, final_lr=None, gamma=None):
        super(AdamRule, self).__init__(
            parent_hyperparam or _default_hyperparam)
        self._set_hyperparams(
            alpha=alpha, beta1=beta1, beta2=beta2, eps=eps, eta=eta,
            weight_decay_rate=weight_decay_rate, amsgrad=amsgrad,
            adabound=adabound, final_lr=final_lr, gamma=gamma)
        if self.hyperparam.adabound:
            self.initial_alpha = self.hyperparam.alpha

    def init_state(self, param):
        self.state['m'] = optimizer._zeros_like(param)
        self.state['v'] = optimizer._zeros_like(param)
        if self.hyperparam.amsgrad:
            self.state['vhat'] = optimizer._zeros_like(param)

    _eps_checked = None

    def _check_eps(self, interm_dtype):
        # Note that the check is done only for the first time.
        hp = self.hyperparam
        key = (interm_dtype, hp.eps)
        if self._eps_checked == key:
            return
        eps = interm_dtype(hp.eps)
        if hp.eps != 0 and eps == 0:
            raise ValueError(
                'eps of Adam optimizer is too small for {} ({})'.format(
                    interm_dtype.__name__, hp.eps))
        self._eps_checked = key

    def update_core_cpu(self, param):
        grad = optimizer._param_grad(param)
        if grad is None:
            return
        hp = self.hyperparam
        data = optimizer._param_data(param)
        ddtype = data.dtype
        # Chainer: float16 params are updated with float32 intermediates
        tdtype = torch.float32 if ddtype == torch.float16 else ddtype
        self._check_eps(_convert.numpy_dtype(tdtype).type)
        if grad.dtype != tdtype:
            grad = grad.to(tdtype)

        m = optimizer._tensor(self.state['m'])
        v = optimizer._tensor(self.state['v'])
        # Chainer's CPU operations, in Chainer's order and rounding, written
        # in place on one scratch buffer (numpy's temporaries cost page
        # faults on large parameters):
        #   m += (1 - beta1) * (grad - m)
        #   v += (1 - beta2) * (grad * grad - v)
        #   step = alpha_t / (sqrt(vhat) + eps)
        #   param = a * param + b * (step * m)   (_inplace_axpby)
        tmp = self._scratch_like(m, tdtype)
        torch.sub(grad, m, out=tmp)
        tmp.mul_(1.0 - hp.beta1)
        m.add_(tmp)
        torch.mul(grad, grad, out=tmp)
        tmp.sub_(v)
        tmp.mul_(1.0 - hp.beta2)
        v.add_(tmp)
        if hp.amsgrad:
            vhat = optimizer._tensor(self.state['vhat'])
            torch.maximum(vhat, v, out=vhat)
        else:
            vhat = v
        if vhat.dtype != tdtype:
            vhat = vhat.to(tdtype)
        _parity.sqrt_into(vhat, tmp)
        tmp.add_(hp.eps)
        torch.div(_scalar_tensor(self.alpha_t, tdtype, tmp.device), tmp,
                  out=tmp)
        if hp.adabound:
            lower, upper = self.bounds
            tmp.clamp_(lower, upper)
        tmp.mul_(m)
        eta = hp.eta
        a = 1.0 - eta * hp.weight_decay_rate
        b = -eta
        if a == 1 and b == -1.0:
            # x += -1 * y is exactly x -= y (negation is exact): one pass less
            data.sub_(tmp if ddtype == tdtype else tmp.to(ddtype))
        elif a == 1:
            tmp.mul_(b)
            data.add_(tmp if ddtype == tdtype else tmp.to(ddtype))
        else:
            tmp.mul_(b)
            data.copy_(a * data + (tmp if ddtype == tdtype
                                   else tmp.to(ddtype)))

    _scratch = None

    def _scratch_like(self, m, tdtype):
        # A per-rule work buffer (not part of ``state``: never serialized).
        s = self._scratch
        if s is None or s.shape != m.shape or s.dtype != tdtype \
                or s.device != m.device:
            s = torch.empty(m.shape, dtype=tdtype, device=m.device)
            self._scratch = s
        return s

    update_core_gpu = update_core_cpu

    @property
    def alpha_t(self):
        return _learning_rate(self.hyperparam, self.t)

    @property
    def lr(self):
        warnings.warn(
            'AdamRule.lr has been renamed to AdamRule.alpha_t. '
            'Use of AdamRule.lr is deprecated in Chainer v6.',
            DeprecationWarning)
        return self.alpha_t

    @property
    def bounds(self):
        if self.t == 0:
            raise RuntimeError(
                'Can\'t determine the bounds of AdaBound optimizer '
                'because the update steps have not been started.')
        hp = self.hyperparam
        # Workaround to reflect changing `alpha` in `final_lr`.
        # (See https://github.com/Luolc/AdaBound/issues/13)
        final_lr = hp.final_lr * hp.alpha / self.initial_alpha
        lower = final_lr * (1.0 - 1.0 / (hp.gamma * self.t + 1))
        upper = final_lr * (1.0 + 1.0 / (hp.gamma * self.t))
        return lower, upper


class Adam(optimizer.GradientMethod):

    """Adam optimizer (with the AdamW/AMSGrad/AdaBound/AMSBound options).

    Args:
        alpha (float): Coefficient of learning rate.
        beta1 (float): Exponential decay rate of the first order moment.
        beta2 (float): Exponential decay rate of the second order moment.
        eps (float): Small value for the numerical stability.
        eta (float): Schedule multiplier, can be used for warm restarts.
        weight_decay_rate (float): Weight decay rate.
        amsgrad (bool): Whether to use AMSGrad variant of Adam.
        adabound (bool): Whether to use the AdaBound variant of Adam.
        final_lr (float): Final (SGD) learning rate in AdaBound.
        gamma (float): Convergence speed of the bound functions in AdaBound.
    """

    def __init__(self,
                 alpha=_default_hyperparam.alpha,
                 beta1=_default_hyperparam.beta1,
                 beta2=_default_hyperparam.beta2,
                 eps=_default_hyperparam.eps,
                 eta=_default_hyperparam.eta,
                 weight_decay_rate=_default_hyperparam.weight_decay_rate,
                 amsgrad=_default_hyperparam.amsgrad,
                 adabound=_default_hyperparam.adabound,
                 final_lr=_default_hyperparam.final_lr,
                 gamma=_default_hyperparam.gamma):
        super(Adam, self).__init__()
        self.hyperparam.alpha = alpha
        self.hyperparam.beta1 = beta1
        self.hyperparam.beta2 = beta2
        self.hyperparam.eps = eps
        self.hyperparam.eta = eta
        self.hyperparam.weight_decay_rate = weight_decay_rate
        self.hyperparam.amsgrad = amsgrad
        self.hyperparam.adabound = adabound
        self.hyperparam.final_lr = final_lr
        self.hyperparam.gamma = gamma

    alpha = optimizer.HyperparameterProxy('alpha')
    beta1 = optimizer.HyperparameterProxy('beta1')
    beta2 = optimizer.HyperparameterProxy('beta2')
    eps = optimizer.HyperparameterProxy('eps')
    eta = optimizer.HyperparameterProxy('eta')
    weight_decay_rate = optimizer.HyperparameterProxy('weight_decay_rate')
    amsgrad = optimizer.HyperparameterProxy('amsgrad')
    adabound = optimizer.HyperparameterProxy('adabound')
    final_lr = optimizer.HyperparameterProxy('final_lr')
    gamma = optimizer.HyperparameterProxy('gamma')

    def create_update_rule(self):
        return AdamRule(self.hyperparam)

    @property
    def alpha_t(self):
        return _learning_rate(self.hyperparam, self.t)

    @property
    def lr(self):
        warnings.warn(
            'Adam.lr has been renamed to AdamRule.alpha_t. '
            'Use of Adam.lr is deprecated in Chainer v6.',
            DeprecationWarning)
        return self.alpha_t


class AdamW(Adam):

    """AdamW optimizer (Adam with ``weight_decay_rate``; default 0)."""

    def __init__(self,
                 alpha=_default_hyperparam.alpha,
                 beta1=_default_hyperparam.beta1,
                 beta2=_default_hyperparam.beta2,
                 eps=_default_hyperparam.eps,
                 eta=_default_hyperparam.eta,
                 weight_decay_rate=_default_hyperparam.weight_decay_rate):
        super(AdamW, self).__init__(
            alpha=alpha, beta1=beta1, beta2=beta2, eps=eps, eta=eta,
            weight_decay_rate=weight_decay_rate)


class AMSGrad(Adam):

    """AMSGrad optimizer (Adam with ``amsgrad=True``)."""

    def __init__(self,
                 alpha=_default_hyperparam.alpha,
                 beta1=_default_hyperparam.beta1,
                 beta2=_default_hyperparam.beta2,
                 eps=_default_hyperparam.eps,
                 eta=_default_hyperparam.eta):
        super(AMSGrad, self).__init__(
            alpha=alpha, beta1=beta1, beta2=beta2, eps=eps, eta=eta,
            amsgrad=True)


class AdaBound(Adam):

    """AdaBound optimizer (Adam with ``adabound=True``)."""

    def __init__(self,
                 alpha=_default_hyperparam.alpha,
                 beta1=_default_hyperparam.beta1,
                 beta2=_default_hyperparam.beta2,
                 final_lr=_default_hyperparam.final_lr,
                 gamma=_default_hyperparam.gamma,
                 eps=_default_hyperparam.eps,
                 eta=_default_hyperparam.eta):
        super(AdaBound, self).__init__(
            alpha=alpha, beta1=beta1, beta2=beta2, eps=eps, eta=eta,
            amsgrad=False, adabound=True, final_lr=final_lr, gamma=gamma)


class AMSBound(Adam):

    """AMSBound optimizer (Adam with ``amsgrad=True, adabound=True``)."""

    def __init__(self,
                 alpha=_default_hyperparam.alpha,
                 beta1=_default_hyperparam.beta1,
                 beta2=_default_hyperparam.beta2,
                 final_lr=_default_hyperparam.final_lr,
                 gamma=_default_hyperparam.gamma,
                 eps=_default_hyperparam.eps,
                 eta=_default_hyperparam.eta):
        super(AMSBound, self).__init__(
            alpha=alpha, beta1=beta1, beta2=beta2, eps=eps, eta=eta,
            amsgrad=True, adabound=True, final_lr=final_lr, gamma=gamma)
