"""``chainer.functions.sigmoid_cross_entropy``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check

_LABEL = 'SigmoidCrossEntropy'


def sigmoid_cross_entropy(x, t, normalize=True, reduce='mean'):
    """Chainer's sigmoid cross entropy: ``t`` holds int labels 0/1 and
    ``-1`` marks an ignored element.  ``reduce='mean'`` divides the sum by
    the number of non-ignored elements (``normalize=True``) or by the batch
    size (``normalize=False``)."""
    if reduce not in ('mean', 'no'):
        raise ValueError(
            'only \'mean\' and \'no\' are valid for \'reduce\', but '
            '\'%s\' is given' % reduce)
    xt = _f.tensor(x)
    tt = _f.tensor(t)

    def body(in_types):
        x_type, t_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            t_type.dtype.kind == 'i',
            x_type.shape == t_type.shape
        )
    _util.check(_LABEL, (xt, tt), body, names=('x', 't'))
    # numpy promotes float * int32 to float64: Chainer computes in float64
    x64 = xt.double()
    mask = tt != -1
    tf = tt.double()
    val = -(mask * (x64 * (tf - (x64 >= 0).double()) -
                    torch.log1p(torch.exp(-torch.abs(x64)))))
    # gradient mask * (sigmoid(x) - t) everywhere (also at x == 0, where
    # the autograd of the stable formula would give -t)
    graph = mask * (torch.nn.functional.softplus(x64) - tf * x64)
    loss = graph + (val - graph).detach()
    if reduce != 'mean':
        return _f.output(loss.to(xt.dtype), _LABEL, (x, t))
    if normalize:
        count = max(1, int(mask.sum()))
    else:
        count = max(1, len(xt))
    y = (loss.sum() / count).to(xt.dtype)
    return _f.output(y, _LABEL, (x, t))
