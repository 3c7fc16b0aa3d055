"""``chainer.functions.as_strided``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def _bounds(shape, strides, offset):
    lo = offset + sum((n - 1) * s for n, s in zip(shape, strides) if s < 0)
    hi = offset + sum((n - 1) * s for n, s in zip(shape, strides) if s > 0)
    return lo, hi


def _stride_array(array, shape, strides, storage_offset):
    """NumPy-level helper (Chainer's private API): a strided view of the
    *base* buffer of ``array``; ``strides``/``storage_offset`` in
    elements."""
    lo, hi = _bounds(shape, strides, storage_offset)
    if lo < 0:
        raise ValueError('Out of buffer: too small index was specified')
    if not isinstance(array, numpy.ndarray):
        raise TypeError('Only (np|cp).ndarray is accepted')
    base = array
    while base.base is not None and isinstance(base.base, numpy.ndarray):
        base = base.base
    if (hi + 1) * base.itemsize > base.nbytes:
        raise ValueError('Out of buffer: too large index was specified')
    item = array.itemsize
    return numpy.ndarray(shape, base.dtype, base.data, storage_offset * item,
                         tuple(s * item for s in strides))


def as_strided(x, shape, strides, storage_offset=None):
    """Chainer-compatible :func:`chainer.functions.as_strided`.

    ``strides`` and ``storage_offset`` count elements (not bytes), as in
    Chainer; negative strides are allowed.  The result gathers from the
    input's storage, so the gradient accumulates over output elements
    that alias the same input element (and is averaged over overlapping
    input elements, as Chainer's ``AsStridedGrad``).
    """
    t = _f.tensor(x)
    _util.check('AsStrided', (t,),
                lambda in_types: type_check.expect(in_types.size() == 1))
    shape = tuple(int(s) for s in shape)
    strides = tuple(int(s) for s in strides)
    if storage_offset is None:
        storage_offset = t.storage_offset()
    lo, hi = _bounds(shape, strides, storage_offset)
    if lo < 0:
        raise ValueError('Out of buffer: too small index was specified')
    n_storage = t.untyped_storage().nbytes() // t.element_size()
    if hi + 1 > n_storage:
        raise ValueError('Out of buffer: too large index was specified')
    if all(s >= 0 for s in strides):
        y = torch.as_strided(t, shape, strides, storage_offset)
    else:
        # torch has no negative strides: gather from the flat storage
        flat = torch.as_strided(t, (n_storage,), (1,), 0)
        idx = torch.full((), storage_offset, dtype=torch.int64,
                         device=t.device)
        for d, (n, s) in enumerate(zip(shape, strides)):
            view = [1] * len(shape)
            view[d] = n
            idx = idx + (torch.arange(n, device=t.device) * s).reshape(view)
        y = flat[idx.expand(shape)]
    return _f.output(y, 'AsStrided', (x,))
