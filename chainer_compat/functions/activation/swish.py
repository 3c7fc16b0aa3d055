"""``chainer.functions.swish``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.activation.sigmoid import _sigmoid
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check

_LABEL = 'Swish'


def swish(x, beta):
    """Swish ``x * sigmoid(beta * x)``; ``beta`` (Variable or array) has
    shape ``x.shape[1:1 + beta.ndim]`` and is broadcast over the rest.
    """
    xt = _f.tensor(x)
    bt = _f.tensor(beta)

    def fn(in_types):
        x_type, beta_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            beta_type.dtype == x_type.dtype,
            beta_type.ndim <= x_type.ndim - 1,
            beta_type.shape == x_type.shape[1:1 +
                                            type_check.eval(beta_type.ndim)]
        )
    _h.check(_LABEL, (xt, bt), ('x', 'beta'), fn)
    shape = (1,) + tuple(bt.shape) + (1,) * (xt.dim() - bt.dim() - 1)
    b = bt.reshape(shape)
    y = xt * _sigmoid(b * xt)
    return _f.output(y, _LABEL, (x, beta))
