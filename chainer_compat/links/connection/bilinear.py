"""``chainer.links.Bilinear``."""
from chainer_compat._bridge import convert as _convert
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import variable


class Bilinear(link.Link):

    """Bilinear layer: ``W`` ``(left, right, out)``, and unless ``nobias``
    ``V1`` ``(left, out)``, ``V2`` ``(right, out)``, ``b`` ``(out,)``."""

    def __init__(self, left_size, right_size, out_size, nobias=False,
                 initialW=None, initial_bias=None):
        super(Bilinear, self).__init__()
        self.in_sizes = (left_size, right_size)
        self.nobias = nobias
        with self.init_scope():
            shape = (left_size, right_size, out_size)
            if _convert.is_array(initialW):
                assert initialW.shape == shape
            self.W = variable.Parameter(
                initializers._get_initializer(initialW), shape)
            if not self.nobias:
                V1_shape = (left_size, out_size)
                V2_shape = (right_size, out_size)
                b_shape = (out_size,)
                if isinstance(initial_bias, tuple):
                    initialV1, initialV2, initialb = initial_bias
                    if _convert.is_array(initialV1):
                        assert initialV1.shape == V1_shape
                    if _convert.is_array(initialV2):
                        assert initialV2.shape == V2_shape
                    if _convert.is_array(initialb):
                        assert initialb.shape == b_shape
                    initialV1 = initializers._get_initializer(initialV1)
                    initialV2 = initializers._get_initializer(initialV2)
                    initialb = initializers._get_initializer(initialb)
                elif initial_bias is None:
                    initialV1 = initializers._get_initializer(None)
                    initialV2 = initializers._get_initializer(None)
                    initialb = 0
                else:
                    raise ValueError('initial_bias must be tuple or None')
                self.V1 = variable.Parameter(initialV1, V1_shape)
                self.V2 = variable.Parameter(initialV2, V2_shape)
                self.b = variable.Parameter(initialb, b_shape)

    def forward(self, e1, e2):
        from chainer_compat.functions.connection import bilinear
        if self.nobias:
            return bilinear.bilinear(e1, e2, self.W)
        return bilinear.bilinear(e1, e2, self.W, self.V1, self.V2, self.b)

    def zero_grads(self):
        # Chainer keeps this deprecated alias.
        self.zerograds()
