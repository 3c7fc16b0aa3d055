"""Shared body of hstack / vstack / dstack (private)."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def _check(label, ts, kind):
    def body(in_types):
        type_check.expect(in_types.size() > 0)
        if kind != 'v':
            type_check._argname((in_types[0],), ('x0',))
        ndim = type_check.eval(in_types[0].ndim)
        for i in range(1, type_check.eval(in_types.size())):
            if kind != 'v':
                type_check._argname((in_types[i],), ('x{}'.format(i),))
            type_check.expect(in_types[0].dtype == in_types[i].dtype,
                              in_types[0].ndim == in_types[i].ndim)
            if kind == 'h':
                if ndim <= 1:
                    continue
                skip = 1
            elif kind == 'v':
                if ndim <= 1:
                    type_check.expect(
                        in_types[0].shape == in_types[i].shape)
                    continue
                skip = 0
            else:
                if ndim <= 2:
                    type_check.expect(
                        in_types[0].shape == in_types[i].shape)
                    continue
                skip = 2
            for d in range(ndim):
                if d == skip:
                    continue
                type_check.expect(in_types[0].shape[d] == in_types[i].shape[d])
    _util.check(label, ts, body)


_OPS = {'h': ('Hstack', torch.hstack), 'v': ('Vstack', torch.vstack),
        'd': ('Dstack', torch.dstack)}


def stack_like(xs, kind):
    label, op = _OPS[kind]
    xs = tuple(xs)
    ts = [_f.tensor(x) for x in xs]
    _check(label, ts, kind)
    return _f.output(op(ts), label, xs)
