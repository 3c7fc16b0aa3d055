"""``chainer.functions.concat``."""
import numbers

import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def _check(ts, axis):
    def body(in_types):
        type_check.expect(in_types.size() > 0)
        type_check.expect(in_types[0].ndim >
                          type_check.make_variable(axis, 'axis'))
        type_check.expect(-in_types[0].ndim <= axis,
                          axis < in_types[0].ndim)
        ndim = type_check.eval(in_types[0].ndim)
        ax = axis % ndim
        for i in range(1, type_check.eval(in_types.size())):
            type_check.expect(in_types[0].dtype == in_types[i].dtype,
                              in_types[0].ndim == in_types[i].ndim)
            for d in range(ndim):
                if d != ax:
                    type_check.expect(
                        in_types[0].shape[d] == in_types[i].shape[d])
    _util.force_check('Concat', ts, body)


def concat(xs, axis=1):
    """Chainer-compatible :func:`chainer.functions.concat`.

    Default ``axis=1`` (torch.cat defaults to 0); all inputs must share the
    dtype (Chainer raises InvalidType, torch would promote).
    """
    if not isinstance(axis, numbers.Integral):
        raise TypeError('axis must be int')
    xs = tuple(xs)
    ts = [_f.tensor(x) for x in xs]
    ok = len(ts) > 0
    if ok:
        t0 = ts[0]
        nd = t0.dim()
        ok = -nd <= axis < nd
        if ok:
            ax = axis % nd
            for t in ts[1:]:
                if (t.dtype != t0.dtype or t.dim() != nd or any(
                        t.shape[d] != t0.shape[d]
                        for d in range(nd) if d != ax)):
                    ok = False
                    break
    if not ok:
        _check(ts, axis)
    if len(ts) == 1:
        y = ts[0].clone()  # numpy.concatenate copies
    else:
        y = torch.cat(ts, dim=axis)
    return _f.output(y, 'Concat', xs)
