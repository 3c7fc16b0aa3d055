"""``chainer.backward``: backprop from several outputs at once."""
import torch

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
        g = None if grad_outputs is None else grad_outputs[i]
        if g is None:
            g = y._grad_tensor()
            if g is None and y.size == 1:
                g = torch.ones_like(y._t.detach())
        elif isinstance(g, _variable.Variable):
            g = g._t
        else:
            g = _convert.as_tensor(g)
        seeds.append(g)
    _variable._backward_core(list(outputs), seeds, False,
                             enable_double_backprop, None)
