"""``chainer.links.EmbedID``."""
from chainer_compat.initializers import normal
from chainer_compat import link
from chainer_compat import variable


class EmbedID(link.Link):

    """Embedding table ``W`` of shape ``(in_size, out_size)``.

    Default initializer ``Normal(1.0)``; ids equal to ``ignore_label`` give
    zero rows (whatever ``W`` holds) and no gradient, as in Chainer.
    """

    ignore_label = None

    def __init__(self, in_size, out_size, initialW=None, ignore_label=None):
        super(EmbedID, self).__init__()
        self.ignore_label = ignore_label
        with self.init_scope():
            if initialW is None:
                initialW = normal.Normal(1.0)
            self.W = variable.Parameter(initialW, (in_size, out_size))

    @classmethod
    def from_params(cls, W, ignore_label=None):
        in_size, out_size = W.shape
        return cls(in_size, out_size, initialW=variable.as_array(W),
                   ignore_label=ignore_label)

    def forward(self, x):
        from chainer_compat.functions.connection import embed_id
        return embed_id.embed_id(x, self.W, ignore_label=self.ignore_label)
