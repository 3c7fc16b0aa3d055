"""``chainer.functions.identity``."""
import torch

from chainer_compat import function_node
from chainer_compat._bridge import function as _f
from chainer_compat._bridge import int_grad as _int_grad


class Identity(function_node.FunctionNode):
    """Identity function (as a node: used for integer inputs whose
    gradients Chainer carries, and for user subclasses)."""

    def check_type_forward(self, in_types):
        pass

    def forward(self, xs):
        return xs

    def backward(self, indexes, gys):
        return gys


def identity(*inputs):
    """Just returns input variables (new Variables sharing the arrays).

    Returns a single Variable for one input, else a tuple.
    """
    if torch.is_grad_enabled() and any(
            isinstance(x, _f._Variable) and _int_grad.needs_carrier(x)
            for x in inputs):
        # integer inputs whose gradients Chainer carries: as a node
        ys = Identity().apply(inputs)
        return ys[0] if len(ys) == 1 else ys
    ts = [_f.tensor(x) for x in inputs]
    ys = _f.outputs([t.view_as(t) for t in ts], 'Identity', inputs)
    return ys[0] if len(ys) == 1 else ys
