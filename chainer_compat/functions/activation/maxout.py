"""``chainer.functions.maxout``."""
from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check


def maxout(x, pool_size, axis=1):
    """Maxout: max over groups of ``pool_size`` channels along ``axis``.

    Returns a Variable whose ``axis`` dimension is divided by ``pool_size``.
    """
    if pool_size <= 0:
        raise ValueError('pool_size must be a positive integer.')
    t = _f.tensor(x)
    x_shape = tuple(t.shape)
    if x_shape[axis] % pool_size != 0:
        expect = 'x.shape[axis] % pool_size == 0'
        actual = 'x.shape[axis]={}, pool_size={}'.format(
            x_shape[axis], pool_size)
        msg = 'axis dimension must be divided by pool_size'
        raise type_check.InvalidType(expect, actual, msg)
    shape = (x_shape[:axis] + (x_shape[axis] // pool_size, pool_size) +
             x_shape[axis + 1:])
    from chainer_compat.functions.math import minmax
    h = _f.output(t.reshape(shape), 'Reshape', (x,))
    return minmax.max(h, axis=axis + 1)
