"""``chainer.functions.split_axis``."""
import collections.abc
import numbers

import numpy

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def _indices_or_sections(ios):
    is_seq = False
    if isinstance(ios, numpy.ndarray):
        if ios.dtype.kind != 'i' and ios.size > 0:
            raise TypeError('indices_or_sections must be integers')
        if ios.ndim >= 2:
            raise TypeError('indices_or_sections must be 1-D sequence')
        is_seq = ios.ndim != 0
        if is_seq:
            ios = [int(i) for i in ios]
        else:
            ios = int(ios)
    elif isinstance(ios, collections.abc.Sequence):
        ios = [int(i) for i in ios]
        is_seq = True
    elif isinstance(ios, numbers.Integral):
        ios = int(ios)
    else:
        raise TypeError('indices_or_sections must be integer or 1-D array.\n'
                        'Actual: {}'.format(type(ios)))
    if is_seq:
        from chainer_compat import is_debug
        if is_debug():
            for p, n in zip(ios, ios[1:]):
                if p > n:
                    raise ValueError('indices_or_sections must be sorted')
        return ios, None
    return None, ios


def split_axis(x, indices_or_sections, axis, force_tuple=True):
    """Chainer-compatible :func:`chainer.functions.split_axis`.

    NumPy ``split`` semantics: an int is the number of equal sections, a
    sequence lists split *indices* (torch.split takes sizes).
    """
    indices, sections = _indices_or_sections(indices_or_sections)
    t = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        type_check.expect(in_types[0].ndim > axis)
        if indices is not None:
            if len(indices) > 0:
                max_index = type_check.make_variable(indices[-1], 'max_index')
                type_check.expect(in_types[0].shape[axis] >= max_index)
        else:
            sec = type_check.make_variable(sections, 'sections')
            type_check.expect(in_types[0].shape[axis] % sec == 0)
    _util.check('SplitAxis', (t,), body)
    nd = t.dim()
    if not -nd <= axis < nd:
        raise ValueError('axis {} is out of bounds for array of dimension '
                         '{}'.format(axis, nd))
    ax = axis % nd
    n = t.shape[ax]
    if indices is None:
        if sections <= 0:
            raise ValueError('number sections must be larger than 0.')
        if n % sections:
            raise ValueError(
                'array split does not result in an equal division')
        step = n // sections
        bounds = [i * step for i in range(sections + 1)]
        pairs = list(zip(bounds[:-1], bounds[1:]))
    else:
        bounds = [0] + list(indices) + [None]
        pairs = list(zip(bounds[:-1], bounds[1:]))
    lead = (slice(None),) * ax
    ys = [t[lead + (slice(a, b),)] for a, b in pairs]
    res = _f.outputs(ys, 'SplitAxis', (x,))
    if force_tuple or len(res) != 1:
        return res
    return res[0]
