"""``chainer.functions.cumprod``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math.cumsum import _check


def cumprod(x, axis=None):
    """Cumulative product along ``axis`` (None: over the flattened array)."""
    if not (axis is None or isinstance(axis, int)):
        raise TypeError('axis must be int or None')
    t = _f.tensor(x)
    _check('Cumprod', t, axis)
    if axis is None:
        y = t.reshape(-1).cumprod(0)
    else:
        y = t.cumprod(axis) if t.dim() else t * 1
    return _f.output(y, 'Cumprod', (x,))
