"""``chainer.functions.cholesky``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def cholesky(a):
    """Lower-triangular Cholesky factor of a symmetric positive-definite
    2-D matrix."""
    t = _f.tensor(a)

    def fn(in_types):
        a_type, = in_types
        type_check.expect(
            a_type.dtype.kind == 'f',
            a_type.ndim == 2,
        )
    _h.check('cholesky', (t,), ('a',), fn)
    x = t.float() if t.dtype == torch.float16 else t
    if x.shape[-1] != x.shape[-2]:
        raise numpy.linalg.LinAlgError(
            'Last 2 dimensions of the array must be square')
    y, info = torch.linalg.cholesky_ex(x)
    if bool((info != 0).any()):
        raise numpy.linalg.LinAlgError('Matrix is not positive definite')
    return _f.output(y.to(t.dtype), 'cholesky', (a,))
