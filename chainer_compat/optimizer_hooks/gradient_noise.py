"""``chainer.optimizer_hooks.GradientNoise``: add annealed Gaussian noise."""
import numpy

import chainer_compat as chainer
from chainer_compat._bridge import convert as _convert


def exponential_decay_noise(xp, shape, dtype, hook, opt):
    """Time-dependent annealed Gaussian noise function from the paper:

    `Adding Gradient Noise Improves Learning for Very Deep Networks
    <https://arxiv.org/pdf/1511.06807>`_.

    On CPU the noise is drawn from numpy's global RNG exactly as Chainer
    does (``numpy.random.normal``), so seeded runs match.
    """
    std = numpy.sqrt(hook.eta / numpy.power(1 + opt.t, 0.55))
    return xp.random.normal(0, std, shape).astype(dtype)


class GradientNoise(object):

    """Optimizer/UpdateRule hook function for adding gradient noise.

    Args:
        eta (float): Parameter that defines the scale of the noise, which for
            the default noise function is recommended to be either 0.01, 0.3
            or 1.0.
        noise_func (function): Noise generating function which by default
            is given by `Adding Gradient Noise Improves Learning for Very Deep
            Networks <https://arxiv.org/pdf/1511.06807>`_.

    Attributes:
        ~optimizer_hooks.GradientNoise.timing (string): Specifies
            when this hook should be called by the Optimizer/UpdateRule.
            Valid values are 'pre' (before any updates) and 'post' (after
            any updates).
        ~optimizer_hooks.GradientNoise.call_for_each_param (bool): Specifies
            if this hook is called for each parameter (``True``) or only once
            (``False``) by an optimizer to which this hook is registered.
    """
    name = 'GradientNoise'
    call_for_each_param = True
    timing = 'pre'

    def __init__(self, eta, noise_func=exponential_decay_noise):
        self.eta = eta
        self.noise_func = noise_func

    def __call__(self, rule, param):
        from chainer_compat import optimizer
        g = optimizer._param_grad(param)
        if g is None:
            return
        with chainer.using_device(param.device):
            xp = param.device.xp
            if getattr(xp, '__name__', '') not in ('numpy', 'cupy'):
                xp = numpy  # CUDA without cupy: draw on the host
            noise = self.noise_func(xp, tuple(g.shape),
                                    _convert.numpy_dtype(g.dtype),
                                    self, rule)
            g += _convert.as_tensor(noise).to(g.device, g.dtype)
