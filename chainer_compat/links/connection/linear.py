"""``chainer.links.Linear``."""
from chainer_compat.functions.connection import linear
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import utils
from chainer_compat import variable


class Linear(link.Link):

    """Chainer-compatible :class:`chainer.links.Linear` (``y = x W^T + b``).

    ``W`` has torch's ``(out_size, in_size)`` layout; it defaults to
    ``LeCunNormal`` drawn from numpy's global RNG, ``b`` to zeros.
    ``Linear(out_size)`` / ``in_size=None`` initialise ``W`` lazily from the
    first input, flattening all non-batch axes.
    """

    def __init__(self, in_size, out_size=None, nobias=False,
                 initialW=None, initial_bias=None):
        super(Linear, self).__init__()
        if out_size is None:
            in_size, out_size = None, in_size
        self.in_size = in_size
        self.out_size = out_size
        with self.init_scope():
            W_initializer = initializers._get_initializer(initialW)
            self.W = variable.Parameter(W_initializer)
            if in_size is not None:
                self._initialize_params(in_size)
            if nobias:
                self.b = None
            else:
                if initial_bias is None:
                    initial_bias = 0
                bias_initializer = initializers._get_initializer(initial_bias)
                self.b = variable.Parameter(bias_initializer, out_size)

    def _initialize_params(self, in_size):
        self.W.initialize((self.out_size, in_size))

    @classmethod
    def from_params(cls, W, b=None, nobias=False):
        out_size, in_size = W.shape
        if b is not None:
            if out_size != b.size:
                raise ValueError('`out_size` does not match the size of `b`')
        return cls(in_size, out_size, nobias,
                   initialW=variable.as_array(W),
                   initial_bias=variable.as_array(b))

    @property
    def printable_specs(self):
        specs = [
            ('in_size', self.in_size),
            ('out_size', self.out_size),
            ('nobias', self.b is None),
        ]
        for spec in specs:
            yield spec

    def forward(self, x, n_batch_axes=1):
        """Applies the linear layer."""
        if self.W.array is None:
            in_size = utils.size_of_shape(x.shape[n_batch_axes:])
            self._initialize_params(in_size)
        return linear.linear(x, self.W, self.b, n_batch_axes=n_batch_axes)
