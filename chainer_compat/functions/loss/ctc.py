"""``chainer.functions.connectionist_temporal_classification``."""
import collections.abc

import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def connectionist_temporal_classification(
        x, t, blank_symbol, input_length=None, label_length=None,
        reduce='mean'):
    """CTC loss (Graves et al. 2006) over a list ``x`` of ``(B, V)``
    unnormalised scores (one per time step).

    ``reduce='mean'`` averages the per-sequence negative log-likelihoods
    over the batch (torch's 'mean' would also divide by label lengths).
    """
    if not isinstance(x, collections.abc.Sequence):
        raise TypeError('x must be a list of Variables')
    if not isinstance(blank_symbol, int):
        raise TypeError('blank_symbol must be non-negative integer.')
    x0 = _f.tensor(x[0])
    assert 0 <= blank_symbol < x0.shape[1]
    assert x0.dim() == 2
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid '
            'for \'reduce\', but \'%s\' is given' % reduce)
    tt = _f.tensor(t)
    if input_length is None:
        il = torch.full((x0.shape[0],), len(x), dtype=torch.int32)
    else:
        il = _f.tensor(input_length)
    if label_length is None:
        ll = torch.full((tt.shape[0],), tt.shape[1], dtype=torch.int32)
    else:
        ll = _f.tensor(label_length)
    xs = torch.stack([_f.tensor(v) for v in x])

    def body(in_types):
        input_length_type, label_length_type, t_type, x_type = in_types
        type_check.expect(
            input_length_type.dtype == numpy.int32,
            input_length_type.ndim == 1,
            label_length_type.dtype == numpy.int32,
            label_length_type.ndim == 1,
            t_type.ndim == 2,
            t_type.dtype == numpy.int32,
            x_type.ndim == 3,
            x_type.dtype.kind == 'f',
        )
        n_batch = x_type.shape[1]
        type_check.expect(
            t_type.shape[0] == n_batch,
            input_length_type.shape[0] == n_batch,
            label_length_type.shape[0] == n_batch,
        )
    _util.check('ConnectionistTemporalClassification', (il, ll, tt, xs),
                body, names=('input_length', 'label_length', 't', 'x'))
    dtype = xs.dtype
    xc = xs.float() if dtype == torch.float16 else xs
    log_y = torch.log_softmax(xc, dim=2)
    loss = torch.nn.functional.ctc_loss(
        log_y, tt.long(), il.long(), ll.long(), blank=blank_symbol,
        reduction='none', zero_infinity=False)
    if reduce == 'mean':
        loss = loss.mean()
    return _f.output(loss.to(dtype), 'ConnectionistTemporalClassification',
                     tuple(x))
