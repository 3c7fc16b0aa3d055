"""``generate_matrix``: random matrices with prescribed singular values."""
import numpy

from chainer_compat.utils import argument


def generate_matrix(shape, dtype=float, **kwargs):
    r"""generate_matrix(shape, dtype=float, *, singular_values)

    Random matrix (or stack of matrices) of shape ``(B..., M, N)`` whose
    singular values are ``singular_values`` (broadcast to ``(B..., K)``).
    Draws from numpy's global RNG as Chainer does.
    """
    singular_values, = argument.parse_kwargs(
        kwargs, ('singular_values', None))
    if len(shape) <= 1:
        raise ValueError(
            'shape {} is invalid for matrices: too few axes'.format(shape))
    dtype = numpy.dtype(dtype)
    if dtype.kind not in 'fc':
        raise TypeError('dtype {} is not supported'.format(dtype))
    if singular_values is None:
        raise TypeError('singular_values is not given')
    singular_values = numpy.asarray(singular_values)
    if not numpy.isrealobj(singular_values):
        raise TypeError('singular_values is not real')
    if (singular_values < 0).any():
        raise ValueError('negative singular value is given')
    if 0 in shape:
        # still validate broadcastability
        _broadcast_to(singular_values, shape[:-2] + (min(shape[-2:]),))
        return numpy.empty(shape, dtype=dtype)
    a = numpy.random.randn(*shape)
    if dtype.kind == 'c':
        a = a + 1j * numpy.random.randn(*shape)
    u, s, vh = numpy.linalg.svd(a, full_matrices=False)
    sv = _broadcast_to(singular_values, s.shape)
    return numpy.einsum('...ik,...k,...kj->...ij', u, sv, vh).astype(dtype)


def _broadcast_to(array, shape):
    return numpy.broadcast_to(array, shape)
