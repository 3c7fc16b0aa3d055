"""``chainer.functions.einsum``."""
import string

import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check

_SYMBOLS = string.ascii_letters


def _axes(sub):
    """(axis, char) pairs of one operand's subscript; '@' is the ellipsis."""
    if '@' in sub:
        left, right = sub.split('@')
        for i, s in enumerate(left):
            yield i, s
        yield slice(len(left), -len(right) or None), '@'
        for i, s in enumerate(right):
            yield i - len(right), s
    else:
        for i, s in enumerate(sub):
            yield i, s


def _sub_of_list(sub):
    out = ''
    for s in sub:
        if s is Ellipsis:
            out += '@'
        elif isinstance(s, int):
            out += _SYMBOLS[s]
        else:
            raise TypeError('For this input type lists must contain '
                            'either int or Ellipsis')
    return out


def _parse(operands):
    """numpy's einsum argument forms -> (in_subs, out_sub, arrays)."""
    if not operands:
        raise ValueError('No input operands')
    if isinstance(operands[0], str):
        subs = operands[0].replace(' ', '')
        arrays = list(operands[1:])
        for s in subs:
            if s not in '.,->' and s not in _SYMBOLS:
                raise ValueError('Character %s is not a valid symbol.' % s)
        if '-' in subs or '>' in subs:
            if (subs.count('-') > 1 or subs.count('>') > 1 or
                    subs.count('->') != 1):
                raise ValueError('Subscripts can only contain one \'->\'.')
        subs = subs.replace('...', '@')
        if '.' in subs:
            raise ValueError('Invalid Ellipses.')
    else:
        rest = list(operands)
        arrays = []
        parts = []
        for _ in range(len(operands) // 2):
            arrays.append(rest.pop(0))
            parts.append(_sub_of_list(rest.pop(0)))
        subs = ','.join(parts)
        if rest:
            subs += '->' + _sub_of_list(rest[-1])
    if '->' in subs:
        in_subs, out_sub = subs.split('->')
        for c in out_sub:
            if c not in in_subs:
                raise ValueError(
                    'Output character %s did not appear in the input'
                    % ('...' if c == '@' else c))
    else:
        in_subs = subs
        flat = subs.replace(',', '')
        out_sub = ''.join(s for s in sorted(set(flat))
                          if s == '@' or flat.count(s) == 1)
    if len(in_subs.split(',')) != len(arrays):
        raise ValueError('Number of einsum subscripts must be equal to the '
                         'number of operands.')
    return in_subs, out_sub, arrays


def einsum(*operands):
    """Einstein summation (numpy's subscript grammar, incl. ``...`` and the
    interleaved ``(a, [0, 1], b, [1, 2])`` form).  All operands float."""
    in_subs, out_sub, arrays = _parse(operands)
    ts = [_f.tensor(a) for a in arrays]
    for i, (sub, t) in enumerate(zip(in_subs.split(','), ts)):
        n = len(sub.replace('@', ''))
        if '@' not in sub and t.dim() > n:
            raise ValueError(
                'operand has more dimensions than subscripts given in '
                'einstein sum, but no \'...\' ellipsis provided to '
                'broadcast the extra dimensions.')
        if t.dim() < n:
            raise ValueError('einstein sum subscripts string contains too '
                             'many subscripts for operand {}'.format(i))

    def fn(in_types):
        for i, in_type in enumerate(in_types):
            type_check._argname((in_type,), ('x{}'.format(i),))
            type_check.expect(in_type.dtype.kind == 'f')
        subs = in_subs.split(',')
        type_check.expect(in_types.size() == len(subs))
        shape_dict = {}
        for sub, in_type in zip(subs, in_types):
            for axis, char in _axes(sub):
                shape = in_type.shape[axis]
                if char in shape_dict:
                    type_check.expect(shape_dict[char] == shape)
                else:
                    shape_dict[char] = shape
    _h.check('EinSum', ts, None, fn)
    sum_ellipsis = '@' in in_subs and '@' not in out_sub
    out = ('@' + out_sub) if sum_ellipsis else out_sub
    eq = '{}->{}'.format(in_subs, out).replace('@', '...')
    if len(set(t.dtype for t in ts)) > 1:
        dt = ts[0].dtype
        for t in ts[1:]:
            dt = torch.promote_types(dt, t.dtype)
        ts = [t.to(dt) for t in ts]
    y = torch.einsum(eq, *ts)
    if sum_ellipsis:
        nsum = y.dim() - len(out_sub)
        if nsum > 0:
            raise ValueError(
                'einsum should not support summing over Ellipsis, '
                'while NumPy 1.14 sometimes accidentally supports it. '
                'This feature is no longer supported by Chainer. '
                'See also NumPy issues #10926, #9984.',
            )
    return _f.output(y, 'EinSum', tuple(arrays))


class EinSum(object):
    """Chainer's ``EinSum`` node reduced to ``apply`` (see D-202)."""

    def __init__(self, in_subs, out_sub):
        self.in_subs = in_subs
        self.out_sub = out_sub

    @property
    def label(self):
        return 'EinSum'

    def apply(self, inputs):
        return einsum('{}->{}'.format(self.in_subs, self.out_sub).replace(
            '@', '...'), *inputs),


class DiagEinSum(EinSum):
    """Chainer's ``DiagEinSum`` (einsum whose output may repeat subscripts
    or introduce new ones: the result is written on that "diagonal" of a
    zero array of ``out_shape`` and broadcast along new subscripts),
    reduced to ``apply`` (see D-202)."""

    def __init__(self, in_subs, out_sub, out_shape):
        self.in_subs = in_subs
        self.out_sub = out_sub
        self.out_shape = out_shape

    def apply(self, inputs):
        if '@' in self.out_sub or '@' in self.in_subs:
            raise NotImplementedError(
                'chainer.functions.math.einsum.DiagEinSum: ellipsis is not '
                'supported (see docs/divergences.md)')
        ts = [_f.tensor(x) for x in inputs]
        out_shape = tuple(self.out_shape)
        chars = sorted(set(self.out_sub))
        in_chars = set(self.in_subs) - {','}
        direct = ''.join(c for c in chars if c in in_chars)
        dt = ts[0].dtype
        for t in ts[1:]:
            dt = torch.promote_types(dt, t.dtype)
        val = torch.einsum('{}->{}'.format(self.in_subs, direct),
                           *[t.to(dt) for t in ts])
        sizes = {c: out_shape[self.out_sub.index(c)] for c in chars}
        val = val.reshape([sizes[c] if c in in_chars else 1
                           for c in chars]).expand([sizes[c] for c in chars])
        if len(chars) == len(self.out_sub):
            y = val.permute([chars.index(c) for c in self.out_sub])
        else:
            grids = torch.meshgrid(
                *[torch.arange(sizes[c], device=val.device) for c in chars],
                indexing='ij')
            idx = tuple(grids[chars.index(c)] for c in self.out_sub)
            y = torch.zeros(out_shape, dtype=dt, device=val.device)
            y = y.index_put(idx, val)
        return _f.output(y.contiguous(), 'DiagEinSum', tuple(inputs)),
