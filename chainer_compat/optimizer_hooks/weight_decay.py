"""``chainer.optimizer_hooks.WeightDecay``: ``g += rate * p``."""
import chainer_compat as chainer


def _tensors(param):
    from chainer_compat import optimizer
    return optimizer._param_data(param), optimizer._param_grad(param)


class WeightDecay(object):

    """Optimizer/UpdateRule hook function for weight decay regularization.

    Adds ``rate * param`` to the gradient (L2 regularization).  Under loss
    scaling the rate is multiplied by the loss scale, as in Chainer.

    Args:
        rate (float): Coefficient for the weight decay.

    Attributes:
        ~optimizer_hooks.WeightDecay.rate (float): Coefficient for the weight
            decay.
        ~optimizer_hooks.WeightDecay.timing (string): Specifies when this
            hook should be called by the Optimizer/UpdateRule. Valid values
            are 'pre' (before any updates) and 'post' (after any updates).
        ~optimizer_hooks.WeightDecay.call_for_each_param (bool): Specifies
            if this hook is called for each parameter (``True``) or only once
            (``False``) by an optimizer to which this hook is registered.
    """
    name = 'WeightDecay'
    call_for_each_param = True
    timing = 'pre'

    def __init__(self, rate):
        self.rate = rate

    def __call__(self, rule, param):
        from chainer_compat import optimizer
        p, g = _tensors(param)
        if p is None or g is None or param.array is None:
            return
        with chainer.using_device(param.device):
            rate = self.rate
            loss_scale = optimizer._loss_scale_of(param)
            if loss_scale is not None:
                rate *= loss_scale
            g += rate * p
