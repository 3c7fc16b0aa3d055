"""``chainer.links.Highway``."""
from chainer_compat.functions.activation import relu
from chainer_compat import link
from chainer_compat.links.connection import linear


class Highway(link.Chain):

    """Highway layer: ``y = h(x W_H) * T + x * (1 - T)``, ``T = sigmoid(...)``.

    ``plain`` and ``transform`` are ``Linear(n, n)``; the transform bias
    defaults to -1 (``init_bt``), as in Chainer.
    """

    def __init__(self, in_out_size, nobias=False, activate=relu.relu,
                 init_Wh=None, init_Wt=None, init_bh=None, init_bt=-1):
        super(Highway, self).__init__()
        self.activate = activate
        with self.init_scope():
            self.plain = linear.Linear(
                in_out_size, in_out_size, nobias=nobias,
                initialW=init_Wh, initial_bias=init_bh)
            self.transform = linear.Linear(
                in_out_size, in_out_size, nobias=nobias,
                initialW=init_Wt, initial_bias=init_bt)

    def forward(self, x):
        out_plain = self.activate(self.plain(x))
        from chainer_compat.functions.activation import sigmoid
        out_transform = sigmoid.sigmoid(self.transform(x))
        return out_plain * out_transform + x * (1 - out_transform)
