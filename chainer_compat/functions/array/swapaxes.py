"""``chainer.functions.swapaxes``."""
from chainer_compat._bridge import function as _f


def swapaxes(x, axis1, axis2):
    """Chainer-compatible :func:`chainer.functions.swapaxes`."""
    t = _f.tensor(x)
    nd = t.dim()
    for a in (axis1, axis2):
        if not -nd <= a < nd:
            raise ValueError('axis {} is out of bounds for array of '
                             'dimension {}'.format(a, nd))
    return _f.output(t.transpose(axis1, axis2), 'Swapaxes', (x,))
