"""``chainer.backends._cpu`` (private in Chainer, used by its tests/code).

Added by the training helper: re-exports :class:`CpuDevice` and provides
``_to_cpu`` / ``_array_to_cpu`` (arrays or Variables to NumPy).
"""
import numpy

from chainer_compat.backend import CpuDevice  # NOQA


def _to_cpu(array):
    """Converts an array or a list/tuple of arrays to NumPy."""
    if isinstance(array, (list, tuple)):
        return type(array)([_to_cpu(a) for a in array])
    return _array_to_cpu(array)


def _array_to_cpu(array):
    if array is None:
        return None
    if isinstance(array, numpy.ndarray):
        return array
    if numpy.isscalar(array):
        return numpy.asarray(array)
    return CpuDevice().send(array)
