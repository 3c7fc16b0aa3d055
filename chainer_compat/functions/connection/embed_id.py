"""``chainer.functions.embed_id``."""
import torch

import chainer_compat
from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def embed_id(x, W, ignore_label=None):
    """Row lookup ``W[x]`` with Chainer's semantics.

    Positions equal to ``ignore_label`` give a zero row and no gradient
    (whatever ``W`` holds there); negative ids are NumPy-indexed (they wrap
    from the end) as on Chainer's CPU path.
    """
    xt = _f.tensor(x)
    wt = _f.tensor(W)

    def body(in_types):
        type_check.expect(in_types.size() == 2)
        x_type, w_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'i',
            x_type.ndim >= 1,
        )
        type_check.expect(
            w_type.dtype.kind == 'f',
            w_type.ndim == 2
        )
    _util.check('EmbedIDFunction', (xt, wt), body)
    n = wt.shape[0]
    idx = xt.long()
    if chainer_compat.is_debug():
        valid = (idx >= 0) & (idx < n)
        if ignore_label is not None:
            valid = valid | (idx == ignore_label)
        if not bool(valid.all()):
            raise ValueError('Each not ignored `x` value need to satisfy '
                             '`0 <= x < len(W)`')
    if ignore_label is not None:
        mask = idx == ignore_label
        idx = torch.where(mask, torch.zeros_like(idx), idx)
    if bool(((idx < -n) | (idx >= n)).any()):
        bad = idx[(idx < -n) | (idx >= n)][0]
        raise IndexError('index {} is out of bounds for axis 0 with size '
                         '{}'.format(int(bad), n))
    idx = torch.where(idx < 0, idx + n, idx)
    y = wt[idx]
    if ignore_label is not None:
        y = torch.where(mask.unsqueeze(-1), torch.zeros((), dtype=y.dtype,
                                                        device=y.device), y)
    return _f.output(y, 'EmbedIDFunction', (x, W))
