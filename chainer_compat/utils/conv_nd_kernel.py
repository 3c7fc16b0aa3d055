"""CUDA source helpers for N-d im2col/col2im (``chainer.utils.
conv_nd_kernel``).

The small expression builders are provided.  The kernel generators
(``Im2colNDKernel.generate``/``Col2imNDKernel.generate``) are not:
chainer_compat runs ``conv_nd.im2col_nd_gpu``/``col2im_nd_gpu`` with torch
ops instead of CuPy kernels (divergence D-103).
"""
import functools


def _reduce(fmt, xs, init):
    if init is not None:
        return functools.reduce(fmt.format, xs, init)
    return functools.reduce(fmt.format, xs)


def mulexp(xs, init=None):
    """'a * b * c' from ``xs`` (C expression)."""
    return _reduce('{} * {}', xs, init)


def andexp(xs, init=None):
    """'a && b && c' from ``xs`` (C expression)."""
    return _reduce('{} && {}', xs, init)


def muladdexp(xs, ys, init=None):
    """Horner-style '(y + x * (...))' C expression."""
    def step(exp, pair):
        x, y = pair
        return '({} + {} * {})'.format(y, x, exp)
    if init is not None:
        return functools.reduce(step, zip(xs, ys), init)
    return functools.reduce(step, zip(xs, ys))


def map_(fn, *lst):
    return list(map(fn, *lst))


def succ_sublists(xs):
    """[xs, xs[1:], xs[2:], ...]."""
    return [xs[i:] for i in range(len(xs))]


def vars(prefix, n):
    return ['{}_{}'.format(prefix, i) for i in range(n)]


class Writer(object):

    """Accumulates indented source lines."""

    def __init__(self):
        self._indent = 0
        self._lines = []

    def write(self, line, indent=None):
        if indent in ('dec', 'decinc'):
            self._indent -= 1
        self._lines.append('  ' * self._indent + line)
        if indent in ('inc', 'decinc'):
            self._indent += 1

    def get(self):
        return '\n'.join(self._lines)


def _unsupported(name):
    raise NotImplementedError(
        'chainer.utils.conv_nd_kernel.{}: CuPy kernel generation is not '
        'provided; chainer_compat runs im2col_nd/col2im_nd with torch ops '
        '(see docs/divergences.md D-103)'.format(name))


class Im2colNDKernel(object):

    @classmethod
    def generate(cls, ndim):
        _unsupported('Im2colNDKernel.generate')


class Col2imNDKernel(object):

    @classmethod
    def generate(cls, ndim):
        _unsupported('Col2imNDKernel.generate')
