"""``chainer.functions.transpose_sequence``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def transpose_sequence(xs):
    """Chainer-compatible :func:`chainer.functions.transpose_sequence`.

    ``xs`` (sorted by decreasing length) -> a tuple of ``len(xs[0])``
    Variables; the ``t``-th holds the ``t``-th element of every sequence
    longer than ``t``.
    """
    if not len(xs):
        return ()
    xs = tuple(xs)
    ts = [_f.tensor(x) for x in xs]

    def body(xs_type):
        for p, n in zip(xs_type, xs_type[1:]):
            type_check.expect(p.shape[0] >= n.shape[0],
                              p.shape[1:] == n.shape[1:])
    _util.check('TransposeSequence', ts, body)
    length = ts[0].shape[0]
    if length == 0:
        return ()
    lens = [t.shape[0] for t in ts]
    offsets = [0]
    for n in lens:
        offsets.append(offsets[-1] + n)
    idx = []
    counts = []
    for p in range(length):
        c = 0
        for i, n in enumerate(lens):
            if n > p:
                idx.append(offsets[i] + p)
                c += 1
        counts.append(c)
    allx = torch.cat(ts, dim=0)
    gathered = allx[torch.tensor(idx, dtype=torch.int64, device=allx.device)]
    ys = torch.split(gathered, counts, dim=0)
    return _f.outputs(ys, 'TransposeSequence', xs)
