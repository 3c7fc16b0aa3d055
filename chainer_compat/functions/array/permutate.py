"""``chainer.functions.permutate``."""
import torch

from chainer_compat import is_debug
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def permutate(x, indices, axis=0, inv=False):
    """Chainer-compatible :func:`chainer.functions.permutate`.

    Like Chainer 7.8.1, a negative ``axis`` passes the type check but the
    permutation is applied to axis 0 (Chainer builds ``(slice(None),) *
    axis`` which is empty for negative axes).
    """
    if indices.dtype.kind != 'i' or indices.ndim != 1:
        raise ValueError('indices should be a one-dimensional int array')
    if _f.is_variable(indices):
        indices = indices.array
    xt = _f.tensor(x)
    it = _util.index_tensor(indices, xt).to(torch.int64)

    def body(in_types):
        x_type, = in_types
        if axis < 0:
            type_check.expect(x_type.ndim >= -axis)
        else:
            type_check.expect(x_type.ndim > axis)
    _util.check('Permutate', (xt,), body, ('x',))
    n = it.shape[0]
    if is_debug() and n:
        if bool(((it < 0) | (it >= n)).any()):
            bad = it[(it < 0) | (it >= n)][0]
            raise ValueError('Out of bounds index: {}'.format(int(bad)))
        s = it.sort().values
        dup = s[1:][s[1:] == s[:-1]]
        if dup.numel():
            raise ValueError(
                'indices contains duplicate value: {}'.format(int(dup[0])))
    if inv:
        r = torch.empty_like(it)
        r[it] = torch.arange(n, dtype=torch.int64, device=it.device)
        it = r
    ax = axis if axis >= 0 else 0
    return _f.output(xt[(slice(None),) * ax + (it,)], 'Permutate', (x,))
