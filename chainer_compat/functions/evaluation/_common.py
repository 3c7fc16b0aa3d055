"""Private: the x/t type check shared by accuracy and the summaries."""
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def check_xt(label, xt, tt):
    def fn(in_types):
        x_type, t_type = in_types
        type_check.expect(
            x_type.dtype.kind == 'f',
            t_type.dtype.kind == 'i'
        )
        t_ndim = type_check.eval(t_type.ndim)
        type_check.expect(
            x_type.ndim >= t_type.ndim,
            x_type.shape[0] == t_type.shape[0],
            x_type.shape[2: t_ndim + 1] == t_type.shape[1:]
        )
        for i in range(t_ndim + 1, type_check.eval(x_type.ndim)):
            type_check.expect(x_type.shape[i] == 1)
    _h.check(label, (xt, tt), ('x', 't'), fn)
