"""``chainer.functions.selu``."""
from chainer_compat.functions.activation import elu as _elu


def selu(x, alpha=1.6732632423543772, scale=1.0507009873554805):
    """Scaled ELU: ``scale * elu(x, alpha)`` (two graph nodes, as Chainer)."""
    return scale * _elu.elu(x, alpha=alpha)
