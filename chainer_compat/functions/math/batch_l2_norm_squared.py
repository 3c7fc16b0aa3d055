"""``chainer.functions.batch_l2_norm_squared``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def batch_l2_norm_squared(x):
    """Squared L2 norm of each sample: ``(x.reshape(N, -1) ** 2).sum(1)``."""
    t = _f.tensor(x)

    def fn(in_types):
        x_type, = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            x_type.ndim >= 2,
        )
    _h.check('BatchL2NormSquared', (t,), ('x',), fn)
    x2 = _h.np_reshape(t, (t.shape[0], -1))
    return _f.output((x2 * x2).sum(dim=1), 'BatchL2NormSquared', (x,))
