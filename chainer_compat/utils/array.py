"""Array helpers (``chainer.utils.array``)."""
import warnings

import numpy

import chainer_compat
from chainer_compat.backends import cuda


def as_vec(x):
    warnings.warn(
        'chainer.utils.array.as_vec is deprecated. Please refer to '
        'numpy.ravel or other array backend functions to flatten ndarrays.',
        DeprecationWarning)
    return x if x.ndim == 1 else x.ravel()


def as_mat(x):
    warnings.warn(
        'chainer.utils.array.as_mat is deprecated. Please refer to '
        'numpy.reshape or other array backend functions to reshape ndarrays.',
        DeprecationWarning)
    return x if x.ndim == 2 else x.reshape(len(x), -1)


def empty_like(x):
    warnings.warn(
        'chainer.utils.array.empty_like is deprecated. Please refer to '
        'numpy.empty_like or other array backend functions to initialize '
        'empty arrays.',
        DeprecationWarning)
    if cuda.available and isinstance(x, cuda.ndarray):
        return cuda.cupy.empty_like(x)
    return numpy.empty_like(x)


def size_of_shape(shape):
    """Number of elements of an array of ``shape`` (a Python int)."""
    size = 1
    for i in shape:
        size *= i
    return int(size)


def sum_to(x, shape):
    """Sums the array ``x`` down to ``shape`` (reverse of broadcasting).

    Arrays only; for Variables use :func:`chainer.functions.sum_to`.
    """
    if x.shape == shape:
        return x
    if isinstance(x, chainer_compat.Variable):
        raise TypeError(
            'chainer.utils.sum_to does not support Variable input. '
            'Use chainer.functions.sum_to instead.')
    lead = x.ndim - len(shape)
    lead_axis = tuple(range(lead))
    axis = tuple(lead + i for i, s in enumerate(shape) if s == 1)
    y = x.sum(lead_axis + axis, keepdims=True)
    if lead > 0:
        y = y.squeeze(lead_axis)
    return y
