"""``chainer.functions.linear_interpolate``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def linear_interpolate(p, x, y):
    """Elementwise ``p * x + (1 - p) * y`` (all same shape and dtype)."""
    pt, xt, yt = _f.tensor(p), _f.tensor(x), _f.tensor(y)

    def fn(in_types):
        p_type, x_type, y_type = in_types
        type_check.expect(
            p_type.dtype.kind == 'f',
            x_type.dtype == p_type.dtype,
            y_type.dtype == p_type.dtype,
            p_type.shape == x_type.shape,
            p_type.shape == y_type.shape,
        )
    _h.check('LinearInterpolate', (pt, xt, yt), ('p', 'x', 'y'), fn)
    out = pt * xt + (1 - pt) * yt
    return _f.output(out, 'LinearInterpolate', (p, x, y))
