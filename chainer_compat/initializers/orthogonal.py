"""``Orthogonal`` initializer (numpy QR, numpy global RNG as Chainer)."""
import numpy

from chainer_compat import initializer
from chainer_compat import utils
from chainer_compat.utils import argument

# mode -> (reject in_dim > out_dim, reject in_dim < out_dim)
_orthogonal_constraints = {
    'auto': (False, False),
    'projection': (False, True),
    'embedding': (True, False),
    'basis': (True, True),
}


class Orthogonal(initializer.Initializer):

    """(Semi-)orthogonal matrix times ``scale`` (default 1.1, as Chainer).

    The matrix comes from the QR decomposition of a standard-normal draw of
    shape ``(len(array), prod(array.shape[1:]))`` (transposed when wide) with
    the sign of ``diag(R)`` folded into Q -- the same numpy draws and
    ``numpy.linalg.qr`` call as Chainer, so seeded runs agree.
    """

    def __init__(self, scale=1.1, dtype=None, mode='auto', **kwargs):
        self.scale = scale
        self.mode = mode
        rng = None
        if kwargs:
            rng, = argument.parse_kwargs(kwargs, ('rng', rng))
        self.rng = rng
        try:
            self._checks = _orthogonal_constraints[mode]
        except KeyError:
            raise ValueError(
                'Invalid mode: {}. Choose from {}.'.format(
                    repr(mode),
                    ', '.join(repr(m) for m in _orthogonal_constraints)))
        super(Orthogonal, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype, \
                '{} != {}'.format(array.dtype, self.dtype)
        src = numpy.random if self.rng is None else self.rng
        if not array.shape:
            a = int(src.randint(2))
            array[...] = self.scale * (2 * a - 1)
            return
        if not array.size:
            raise ValueError('Array to be initialized must be non-empty.')
        out_dim = len(array)
        in_dim = utils.size_of_shape(array.shape[1:])
        if (in_dim > out_dim and self._checks[0]) or (
                in_dim < out_dim and self._checks[1]):
            raise ValueError(
                'Cannot make orthogonal {}. '
                'shape = {}, interpreted as '
                '{}-dim input and {}-dim output.'.format(
                    self.mode, array.shape, in_dim, out_dim))
        transpose = in_dim > out_dim
        a = numpy.asarray(src.normal(size=(out_dim, in_dim)))
        if transpose:
            a = a.T
        q, r = numpy.linalg.qr(a)
        q *= numpy.copysign(self.scale, numpy.diag(r))
        if transpose:
            q = q.T
        array[...] = q.reshape(array.shape).astype(array.dtype, copy=False)
