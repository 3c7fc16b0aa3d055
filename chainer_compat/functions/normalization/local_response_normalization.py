"""``chainer.functions.local_response_normalization``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def local_response_normalization(x, n=5, k=2, alpha=1e-4, beta=.75):
    """Chainer-compatible local response normalization:
    ``x / (k + alpha * sum_{window of n channels} x^2) ** beta``.

    Chainer multiplies ``alpha`` by the window *sum* (torch's
    ``local_response_norm`` uses the mean, and defaults ``k=1``).
    """
    xt = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        type_check.expect(in_types[0].dtype.kind == 'f',
                          in_types[0].ndim >= 2)
    _util.check('LocalResponseNormalization', (xt,), body)
    half = n // 2
    x2 = xt * xt
    c = xt.shape[1]
    s = x2
    for i in range(1, half + 1):
        if i >= c:
            break
        lo = x2.narrow(1, 0, c - i)
        hi = x2.narrow(1, i, c - i)
        zero = x2.narrow(1, 0, i) * 0
        # s[:, i:] += x2[:, :-i]; s[:, :-i] += x2[:, i:]
        s = s + _cat(zero, lo) + _cat(hi, zero)
    scale = (k + alpha * s) ** -beta
    return _f.output(xt * scale, 'LocalResponseNormalization', (x,))


def _cat(a, b):
    import torch
    return torch.cat([a, b], dim=1)
