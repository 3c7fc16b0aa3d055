"""``chainer.utils``: helpers that user functions and links call."""
import collections
import collections.abc
import contextlib
import shutil
import tempfile

import numpy

from chainer_compat.utils import argument  # NOQA
from chainer_compat.utils import type_check  # NOQA

collections_abc = collections.abc


def force_array(x, dtype=None):
    """Makes a 0-d array out of a numpy scalar (numpy drops 0-d arrays)."""
    if numpy.isscalar(x):
        if dtype is None:
            return numpy.array(x)
        return numpy.array(x, dtype)
    if dtype is None:
        return x
    return x.astype(dtype, copy=False)


def force_type(dtype, value):
    if numpy.isscalar(value):
        return dtype.type(value)
    elif value.dtype != dtype:
        return value.astype(dtype, copy=False)
    return value


def size_of_shape(shape):
    size = 1
    for i in shape:
        size *= i
    # should not return long in Python 2
    return int(size)


def get_conv_outsize(size, k, s, p, cover_all=False, d=1):
    """Output size of a convolution/pooling along one axis (Chainer rule)."""
    dk = k + (k - 1) * (d - 1)
    if cover_all:
        return (size + p * 2 - dk + s - 1) // s + 1
    return (size + p * 2 - dk) // s + 1


def get_deconv_outsize(size, k, s, p, cover_all=False, d=1):
    """Output size of a deconvolution along one axis (Chainer rule)."""
    dk = (k - 1) * d + 1
    if cover_all:
        return s * (size - 1) + dk - s + 1 - 2 * p
    return s * (size - 1) + dk - 2 * p


@contextlib.contextmanager
def tempdir(**kwargs):
    ignore_errors = kwargs.pop('ignore_errors', False)
    temp_dir = tempfile.mkdtemp(**kwargs)
    try:
        yield temp_dir
    finally:
        shutil.rmtree(temp_dir, ignore_errors=ignore_errors)


def experimental(api_name):
    """Warns that ``api_name`` is experimental (Chainer's FutureWarning)."""
    import warnings
    import chainer_compat
    if not getattr(chainer_compat, '_experimental_warning_disabled', False):
        warnings.warn(
            '{} is experimental. The interface can change in the future.'
            .format(api_name), FutureWarning)
