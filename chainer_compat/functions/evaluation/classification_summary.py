"""``chainer.functions.classification_summary`` and friends."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.evaluation._common import check_xt


def _summary(y, t, label_num, beta, ignore_label):
    yt = _f.tensor(y)
    tt = _f.tensor(t)
    check_xt('ClassificationSummary', yt, tt)
    with torch.no_grad():
        tt = tt.to(torch.int32)
        if label_num is None:
            if tt.numel() == 0:
                raise ValueError('zero-size array to reduction operation '
                                 'maximum which has no identity')
            label_num = int(tt.max()) + 1
        mask = (tt == ignore_label).reshape(-1)
        fill = torch.full_like(mask, label_num, dtype=torch.int64)
        pred = torch.where(mask, fill, yt.detach().argmax(dim=1).reshape(-1))
        true = torch.where(mask, fill, tt.reshape(-1).long())

        def count(v):
            return torch.bincount(v, minlength=label_num + 1)[:label_num]
        support = count(true)
        relevant = count(pred)
        tp = count(torch.where(pred == true, true, fill))
        # numpy: int / int true division -> float64 (0/0 = nan)
        precision = tp.double() / relevant.double()
        recall = tp.double() / support.double()
        b2 = beta * beta
        fbeta = ((1 + b2) * precision * recall /
                 (b2 * precision + recall))
    return _f.outputs([precision, recall, fbeta, support],
                      'ClassificationSummary', (y, t))


def classification_summary(y, t, label_num=None, beta=1.0, ignore_label=-1):
    """Per-class precision, recall, F-beta score (float64) and support
    (int64) of predictions ``argmax(y, axis=1)`` against labels ``t``."""
    return _summary(y, t, label_num, beta, ignore_label)


def precision(y, t, label_num=None, ignore_label=-1):
    """Per-class precision and support."""
    ret = _summary(y, t, label_num, 1.0, ignore_label)
    return ret[0], ret[-1]


def recall(y, t, label_num=None, ignore_label=-1):
    """Per-class recall and support."""
    ret = _summary(y, t, label_num, 1.0, ignore_label)
    return ret[1], ret[-1]


def fbeta_score(y, t, label_num=None, beta=1.0, ignore_label=-1):
    """Per-class F-beta score and support."""
    ret = _summary(y, t, label_num, beta, ignore_label)
    return ret[2], ret[-1]


def f1_score(y, t, label_num=None, ignore_label=-1):
    """Per-class F1 score and support."""
    ret = _summary(y, t, label_num, 1.0, ignore_label)
    return ret[2], ret[-1]
