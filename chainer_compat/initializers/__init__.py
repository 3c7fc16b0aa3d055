"""``chainer.initializers``: numpy-RNG-parity initializers."""
import numpy

import chainer_compat
from chainer_compat._bridge import convert as _convert
from chainer_compat.initializers.constant import Constant
from chainer_compat.initializers.constant import Identity  # NOQA
from chainer_compat.initializers.constant import NaN  # NOQA
from chainer_compat.initializers.constant import One  # NOQA
from chainer_compat.initializers.constant import Zero  # NOQA
from chainer_compat.initializers.normal import GlorotNormal  # NOQA
from chainer_compat.initializers.normal import HeNormal  # NOQA
from chainer_compat.initializers.normal import LeCunNormal
from chainer_compat.initializers.normal import Normal  # NOQA
from chainer_compat.initializers.orthogonal import Orthogonal  # NOQA
from chainer_compat.initializers.sampling import DownsamplingConvFilter  # NOQA
from chainer_compat.initializers.sampling import UpsamplingDeconvFilter  # NOQA
from chainer_compat.initializers.uniform import GlorotUniform  # NOQA
from chainer_compat.initializers.uniform import HeUniform  # NOQA
from chainer_compat.initializers.uniform import LeCunUniform  # NOQA
from chainer_compat.initializers.uniform import Uniform  # NOQA


def generate_array(initializer, shape, xp, dtype=None, device=None):
    """Return an initialized numpy array (initializers see numpy arrays).

    ``xp``/``device`` naming cupy still produce the array through numpy; the
    caller moves it to the device (numbers are identical to CPU Chainer).
    """
    dtype_attr = getattr(initializer, 'dtype', None)
    if dtype is not None and dtype_attr is not None \
            and numpy.dtype(dtype) != numpy.dtype(dtype_attr):
        raise ValueError(
            'dtype mismatch: {} != {}'.format(dtype, dtype_attr))
    if dtype is None:
        dtype = dtype_attr
    dtype = chainer_compat.get_dtype(dtype)
    array = numpy.empty(shape, dtype=dtype)
    initializer(array)
    if device is not None:
        dev = chainer_compat.get_device(device)
        if not isinstance(dev, chainer_compat.backend.CpuDevice):
            return dev.send(array)
    elif xp is not numpy and xp is not None:
        from chainer_compat.backends import cuda
        return cuda.to_gpu(array)
    return array


def _get_initializer(initializer):
    if initializer is None:
        return LeCunNormal()
    if _convert.is_array(initializer) or numpy.isscalar(initializer):
        return Constant(initializer)
    if not callable(initializer):
        raise TypeError('invalid type of initializer: %s' % type(initializer))
    return initializer


def _check_is_initializer_like(initializer):
    if not (initializer is None
            or isinstance(initializer, chainer_compat.Initializer)
            or callable(initializer)
            or _convert.is_array(initializer)
            or numpy.isscalar(initializer)):
        raise TypeError(
            'Initializer is of wrong type: {}. Allowed types are Initializer, '
            'ndarray and scalar.'.format(type(initializer)))
