"""``chainer.functions.bilinear``."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import type_check


def _as_mat(t):
    if t.dim() == 2:
        return t
    if t.shape[0] == 0:
        # Chainer's x.reshape(len(x), -1): numpy cannot infer the -1
        raise ValueError('cannot reshape array of size 0 into shape '
                         '(0,newaxis)')
    n = 1
    for d in t.shape[1:]:
        n *= d
    return t.reshape(t.shape[0], n)


def bilinear(e1, e2, W, V1=None, V2=None, b=None):
    """Bilinear function ``y_il = sum_jk e1_ij e2_ik W_jkl`` (+ linear
    terms ``e1 V1 + e2 V2 + b`` when all three are given).  float32 only,
    as in Chainer."""
    flags = [V1 is None, V2 is None, b is None]
    if any(flags):
        if not all(flags):
            raise ValueError('All coefficients and bias for bilinear() must '
                             'be None, if at least one of them is None.')
        inputs = (e1, e2, W)
    else:
        inputs = (e1, e2, W, V1, V2, b)
    ts = [_f.tensor(v) for v in inputs]

    def body(in_types):
        n_in = type_check.eval(in_types.size())
        if n_in != 3 and n_in != 6:
            raise type_check.InvalidType(
                '{0} or {1}'.format(
                    in_types.size() == 3, in_types.size() == 6),
                '{0} == {1}'.format(in_types.size(), n_in))
        e1_type, e2_type, W_type = in_types[:3]
        type_check_prod = type_check.make_variable(numpy.prod, 'prod')
        type_check.expect(
            e1_type.dtype == numpy.float32,
            e1_type.ndim >= 2,
            e2_type.dtype == numpy.float32,
            e2_type.ndim >= 2,
            e1_type.shape[0] == e2_type.shape[0],
            W_type.dtype == numpy.float32,
            W_type.ndim == 3,
            type_check_prod(e1_type.shape[1:]) == W_type.shape[0],
            type_check_prod(e2_type.shape[1:]) == W_type.shape[1],
        )
        if n_in == 6:
            out_size = W_type.shape[2]
            V1_type, V2_type, b_type = in_types[3:]
            type_check.expect(
                V1_type.dtype == numpy.float32,
                V1_type.ndim == 2,
                V1_type.shape[0] == W_type.shape[0],
                V1_type.shape[1] == out_size,
                V2_type.dtype == numpy.float32,
                V2_type.ndim == 2,
                V2_type.shape[0] == W_type.shape[1],
                V2_type.shape[1] == out_size,
                b_type.dtype == numpy.float32,
                b_type.ndim == 1,
                b_type.shape[0] == out_size,
            )
    _util.check('BilinearFunction', ts, body)
    a = _as_mat(ts[0])
    c = _as_mat(ts[1])
    w = ts[2]
    outer = (a.unsqueeze(2) * c.unsqueeze(1)).reshape(
        a.shape[0], a.shape[1] * c.shape[1])
    y = torch.matmul(outer, w.reshape(w.shape[0] * w.shape[1], w.shape[2]))
    if len(ts) == 6:
        y = y + torch.matmul(a, ts[3]) + torch.matmul(c, ts[4]) + ts[5]
    return _f.output(y, 'BilinearFunction', inputs)
