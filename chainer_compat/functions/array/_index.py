"""NumPy-style indexing on torch tensors (private).

torch's ``Tensor.__getitem__`` follows NumPy for ints, positive-step
slices, None, Ellipsis, bool and integer arrays, but rejects negative
steps.  :func:`getitem` normalises Chainer's ``slices`` argument, flips the
axes addressed by negative-step slices and rewrites those slices with a
positive step, then lets torch index (so autograd gives NumPy's
``add.at``-style accumulating gradient).
"""
import numbers

import numpy
import torch

from chainer_compat._bridge import function as _f


def normalize_slices(slices):
    """Chainer's GetItem/ScatterAdd normalisation of ``slices``."""
    if isinstance(slices, list):
        if all(isinstance(s, int) for s in slices):
            slices = slices,
        slices = tuple(slices)
    elif not isinstance(slices, tuple):
        slices = slices,
    return slices


def _convert_item(s, like):
    if s is None or s is Ellipsis or isinstance(s, (bool, numpy.bool_)):
        return bool(s) if isinstance(s, numpy.bool_) else s
    if isinstance(s, numbers.Integral):
        return int(s)
    if isinstance(s, slice):
        return s
    if _f.is_variable(s):
        s = s._t
    if isinstance(s, torch.Tensor):
        t = s
    else:
        a = numpy.asarray(s)
        if a.dtype.kind not in 'biu':
            if a.size == 0:
                a = a.astype(numpy.int64)
            else:
                raise IndexError(
                    'arrays used as indices must be of integer (or boolean) '
                    'type')
        t = _f.tensor(a)
    if t.dtype == torch.bool and t.dim() == 1 and t.numel() == 0:
        # NumPy accepts an empty 1-d boolean index (selects nothing)
        t = torch.zeros(0, dtype=torch.int64)
    if t.dtype != torch.bool and t.dtype != torch.int64:
        if t.is_floating_point() or t.is_complex():
            raise IndexError('arrays used as indices must be of integer '
                             '(or boolean) type')
        t = t.to(torch.int64)
    if t.device != like.device:
        t = t.to(like.device)
    return t


def _slice_int(v):
    return None if v is None else int(v.__index__())


def getitem(t, slices):
    """``t[slices]`` with NumPy semantics; returns a tensor."""
    norm = normalize_slices(slices)
    from chainer_compat import is_debug
    if is_debug() and sum(1 for s in norm if s is Ellipsis) > 1:
        raise ValueError('Only one Ellipsis is allowed')
    items = [_convert_item(s, t) for s in norm]
    tens = [s for s in items if isinstance(s, torch.Tensor)]
    if tens:
        # NumPy treats integer scalars (and 0-d arrays) as advanced indices
        # when an array index is present; that decides where the advanced
        # axes go.  torch treats ints and 0-d tensors as basic ``select``.
        has_bool = any(s.dtype == torch.bool for s in tens)
        nd = max(s.dim() for s in tens)
        if has_bool or nd > 0:
            items = [torch.tensor([int(s)], dtype=torch.int64,
                                  device=t.device)
                     if (isinstance(s, int) and not isinstance(s, bool)) or
                     (isinstance(s, torch.Tensor) and s.dim() == 0 and
                      s.dtype != torch.bool)
                     else s for s in items]
        else:
            items = [int(s) if isinstance(s, torch.Tensor) and
                     s.dtype != torch.bool else s for s in items]
    has_neg = False
    for s in items:
        if isinstance(s, slice) and s.step is not None and s.step < 0:
            has_neg = True
            break
    if not has_neg:
        return t[tuple(items)]
    # Find the axis each item consumes.
    consumed = 0
    n_ellipsis = 0
    for s in items:
        if s is None or isinstance(s, bool):
            continue
        if s is Ellipsis:
            n_ellipsis += 1
            continue
        if isinstance(s, torch.Tensor) and s.dtype == torch.bool:
            consumed += s.dim()
        else:
            consumed += 1
    if n_ellipsis > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    axis = 0
    flips = []
    new_items = []
    for s in items:
        if s is None or isinstance(s, bool):
            new_items.append(s)
            continue
        if s is Ellipsis:
            axis += t.dim() - consumed
            new_items.append(s)
            continue
        if isinstance(s, slice) and s.step is not None and s.step < 0:
            if axis >= t.dim():
                raise IndexError('too many indices for array')
            n = t.shape[axis]
            start, stop, step = (_slice_int(s.start), _slice_int(s.stop),
                                 _slice_int(s.step))
            r = range(*slice(start, stop, step).indices(n))
            if len(r) == 0:
                new_items.append(slice(0, 0))
            else:
                p = n - 1 - r[0]
                k = -step
                new_items.append(slice(p, p + (len(r) - 1) * k + 1, k))
                flips.append(axis)
            axis += 1
            continue
        if isinstance(s, torch.Tensor) and s.dtype == torch.bool:
            axis += s.dim()
        else:
            axis += 1
        new_items.append(s)
    if flips:
        t = t.flip(flips)
    return t[tuple(new_items)]


def flat_positions(shape, slices, device):
    """Flat positions (int64 tensor) that ``x[slices]`` reads, shaped like
    the result."""
    n = 1
    for s in shape:
        n *= s
    pos = torch.arange(n, dtype=torch.int64, device=device).reshape(shape)
    return getitem(pos, slices)
