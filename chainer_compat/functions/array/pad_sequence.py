"""``chainer.functions.pad_sequence``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def pad_sequence(xs, length=None, padding=0):
    """Chainer-compatible :func:`chainer.functions.pad_sequence`: stacks
    variable-length arrays into ``(len(xs), length, ...)`` filled with
    ``padding``."""
    xs = tuple(xs)
    ts = [_f.tensor(x) for x in xs]

    def body(in_types):
        type_check.expect(in_types.size() > 0)
        for i, in_type in enumerate(in_types):
            type_check._argname((in_type,), ('x{}'.format(i),))
            type_check.expect(in_type.ndim > 0,
                              in_type.shape[1:] == in_types[0].shape[1:],
                              in_type.dtype == in_types[0].dtype)
        if length is not None:
            for in_type in in_types:
                type_check.expect(in_type.shape[0] <= length)
    _util.check('PadSequence', ts, body)
    n = max(t.shape[0] for t in ts) if length is None else length
    unit = tuple(ts[0].shape[1:])
    # NumPy assignment semantics for the fill value (e.g. -1 into uint8
    # wraps to 255; torch's full() would raise).
    if ts[0].is_floating_point() or ts[0].is_complex():
        fill = padding
    else:
        fill = numpy.asarray(padding).astype(_f.numpy_dtype(ts[0])).item()
    rows = []
    for t in ts:
        m = t.shape[0]
        if m < n:
            t = torch.cat([t, t.new_full((n - m,) + unit, fill)], dim=0)
        rows.append(t)
    y = torch.stack(rows, dim=0)
    return _f.output(y, 'PadSequence', xs)
