"""``chainer.functions.accuracy``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.evaluation._common import check_xt


def accuracy(y, t, ignore_label=None):
    """Classification accuracy: argmax over axis 1 of ``y`` compared with
    int labels ``t``; entries equal to ``ignore_label`` are not counted.
    Returns a 0-dim Variable of ``y``'s dtype (not differentiable).
    """
    yt = _f.tensor(y)
    tt = _f.tensor(t)
    check_xt('Accuracy', yt, tt)
    with torch.no_grad():
        yt = yt.detach()
        pred = yt.argmax(dim=1).reshape(tt.shape)
        if ignore_label is not None:
            mask = tt == ignore_label
            ignore_cnt = int(mask.sum())
            pred = torch.where(mask, torch.full_like(pred, ignore_label),
                               pred)
            count = int((pred == tt).sum()) - ignore_cnt
            total = tt.numel() - ignore_cnt
            val = 0.0 if total == 0 else float(count) / total
            acc = torch.tensor(val, dtype=yt.dtype, device=yt.device)
        else:
            acc = (pred == tt).to(yt.dtype).mean()
    return _f.output(acc, 'Accuracy', (y, t))
