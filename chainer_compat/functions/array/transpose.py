"""``chainer.functions.transpose``."""
from chainer_compat._bridge import function as _f


def transpose(x, axes=None):
    """Chainer-compatible :func:`chainer.functions.transpose`.

    NumPy semantics: ``axes=None`` reverses all axes (torch's ``t`` is 2-D
    only).
    """
    t = _f.tensor(x)
    if axes is None:
        y = t.permute(*reversed(range(t.dim())))
    else:
        axes = tuple(axes)
        nd = t.dim()
        if len(axes) != nd:
            raise ValueError("axes don't match array")
        for a in axes:
            if not -nd <= a < nd:
                raise ValueError(
                    'axis {} is out of bounds for array of dimension '
                    '{}'.format(a, nd))
        norm = [a % nd for a in axes]
        if len(set(norm)) != nd:
            raise ValueError('repeated axis in transpose')
        y = t.permute(*norm)
    return _f.output(y, 'Transpose', (x,))
