"""``chainer.links.GRU``, ``StatefulGRU`` and ``StatelessGRU``.

Chainer's GRU (not torch's): ``r = sigmoid(W_r x + U_r h)``,
``z = sigmoid(W_z x + U_z h)``, ``h_bar = tanh(W x + U (r * h))`` and
``h_new = z * h_bar + (1 - z) * h`` (``F.linear_interpolate``); six
separate ``Linear`` links, each with its own bias.
"""
from chainer_compat import functions as _F
from chainer_compat import link
from chainer_compat.links.connection import linear
from chainer_compat.links.rnn import _state


class GRUBase(link.Chain):

    def __init__(self, in_size, out_size, init=None,
                 inner_init=None, bias_init=None):
        super(GRUBase, self).__init__()
        with self.init_scope():
            self.W_r = linear.Linear(
                in_size, out_size, initialW=init, initial_bias=bias_init)
            self.U_r = linear.Linear(
                out_size, out_size, initialW=inner_init,
                initial_bias=bias_init)
            self.W_z = linear.Linear(
                in_size, out_size, initialW=init, initial_bias=bias_init)
            self.U_z = linear.Linear(
                out_size, out_size, initialW=inner_init,
                initial_bias=bias_init)
            self.W = linear.Linear(
                in_size, out_size, initialW=init, initial_bias=bias_init)
            self.U = linear.Linear(
                out_size, out_size, initialW=inner_init,
                initial_bias=bias_init)


class StatelessGRU(GRUBase):

    """Stateless Gated Recurrent Unit: ``forward(h, x) -> h_new``."""

    def forward(self, h, x):
        r = _F.sigmoid(self.W_r(x) + self.U_r(h))
        z = _F.sigmoid(self.W_z(x) + self.U_z(h))
        h_bar = _F.tanh(self.W(x) + self.U(r * h))
        h_new = _F.linear_interpolate(z, h_bar, h)
        return h_new


class StatefulGRU(_state._StateVariables, GRUBase):

    """Stateful Gated Recurrent Unit (keeps ``h``)."""

    def __init__(self, in_size, out_size, init=None,
                 inner_init=None, bias_init=0):
        super(StatefulGRU, self).__init__(
            in_size, out_size, init, inner_init, bias_init)
        self.state_size = out_size
        self.reset_state()

    def set_state(self, h):
        self._set_states(h)

    def forward(self, x):
        z = self.W_z(x)
        h_bar = self.W(x)
        if self.h is not None:
            r = _F.sigmoid(self.W_r(x) + self.U_r(self.h))
            z += self.U_z(self.h)
            h_bar += self.U(r * self.h)
        z = _F.sigmoid(z)
        h_bar = _F.tanh(h_bar)

        if self.h is not None:
            h_new = _F.linear_interpolate(z, h_bar, self.h)
        else:
            h_new = z * h_bar
        self.h = h_new
        return self.h


class GRU(StatefulGRU):

    """Stateful GRU; ``forward`` takes exactly one argument ``x``."""

    def forward(self, *args):
        n_args = len(args)
        msg = ('Invalid argument. The length of GRU.forward must be 1. '
               'But %d is given. ' % n_args)
        if n_args == 0 or n_args >= 3:
            raise ValueError(msg)
        elif n_args == 2:
            msg += ('In Chainer v2, chainer.links.GRU is changed '
                    'from stateless to stateful. '
                    'One possibility is you assume GRU to be stateless. '
                    'Use chainer.links.StatelessGRU instead.')
            raise ValueError(msg)
        return super(GRU, self).forward(args[0])
