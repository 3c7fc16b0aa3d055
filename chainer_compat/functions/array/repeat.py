"""``chainer.functions.repeat``."""
import numbers

import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util


def repeat(x, repeats, axis=None):
    """Chainer-compatible :func:`chainer.functions.repeat` (NumPy
    ``repeat``, i.e. torch ``repeat_interleave``, not ``Tensor.repeat``)."""
    if isinstance(repeats, numbers.Integral):
        reps = (int(repeats),)
    elif isinstance(repeats, tuple) and all(
            isinstance(r, numbers.Integral) for r in repeats):
        reps = tuple(int(r) for r in repeats)
    else:
        raise TypeError('repeats must be int or tuple of ints')
    if not all(r >= 0 for r in reps):
        raise ValueError('all elements in repeats must be zero or larger')
    if axis is not None and (not isinstance(axis, numbers.Integral) or
                             isinstance(axis, bool)):
        raise TypeError('axis must be int or None')
    t = _f.tensor(x)
    _util.check('Repeat', (t,), lambda in_types: None, ('x',))
    src = t.reshape(-1) if axis is None else t
    dim = 0 if axis is None else axis
    n = src.shape[dim]
    if len(reps) == 1:
        y = torch.repeat_interleave(src, reps[0], dim=dim)
    else:
        if len(reps) != n:
            raise ValueError(
                'operands could not be broadcast together with shape ({},) '
                '({},)'.format(n, len(reps)))
        r = torch.tensor(reps, dtype=torch.int64, device=t.device)
        y = torch.repeat_interleave(src, r, dim=dim,
                                    output_size=sum(reps))
    return _f.output(y, 'Repeat', (x,))
