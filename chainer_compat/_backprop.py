"""``chainer.backward``: backprop from several outputs at once."""
import warnings

from chainer_compat import variable as _variable
from chainer_compat._bridge import convert as _convert


def backward(outputs, grad_outputs=None, **kwargs):
    """Runs backpropagation from variables simultaneously (Chainer API)."""
    enable_double_backprop = kwargs.pop('enable_double_backprop', False)
    if kwargs:
        raise TypeError('got unexpected keyword argument(s) {}'.format(
            ', '.join(kwargs)))
    if not isinstance(outputs, (tuple, list)):
        raise TypeError(
            'outputs must be a tuple or a list, not {}.'.format(type(outputs)))
    for v in outputs:
        if not isinstance(v, _variable.Variable):
            raise TypeError(
                'each output must be a Variable, not {}'.format(type(v)))
    if grad_outputs is not None:
        if not isinstance(grad_outputs, (tuple, list)):
            raise TypeError(
                'grad_outputs must be None, a tuple, or a list, not {}.'
                .format(type(grad_outputs)))
        if len(outputs) != len(grad_outputs):
            raise ValueError(
                'grad_outputs must be of the same length as outputs.\n'
                'len(outputs) = {}, len(grad_outputs) = {}'
                .format(len(outputs), len(grad_outputs)))
    seeds = []
    for i, y in enumerate(outputs):
        if grad_outputs is None:
            # Chainer: use (and reset) y.grad_var; no default grad is set,
            # even for a 1-element output.
            g = y._grad_tensor()
            if g is None:
                warnings.warn(
                    'outputs contains a Variable without grad, or '
                    'duplicate outputs. Note that '
                    'chainer.backward does not set default grad.',
                    RuntimeWarning)
            y._set_grad_tensor(None)
        else:
            # Chainer: a None entry means "no gradient from this output".
            g = grad_outputs[i]
        if g is None:
            pass
        elif isinstance(g, _variable.Variable):
            g = g._t
        else:
            g = _convert.as_tensor(g)
        seeds.append(g)
    _variable._backward_core(list(outputs), seeds, False,
                             enable_double_backprop, None)
