"""``chainer.links.StatefulPeepholeLSTM``."""
import chainer_compat
from chainer_compat import functions as _F
from chainer_compat import link
from chainer_compat.links.connection import linear
from chainer_compat import variable
from chainer_compat.links.rnn import _state


class StatefulPeepholeLSTM(_state._StateVariables, link.Chain):

    """Fully-connected LSTM layer with peephole connections (stateful).

    Gates are interleaved per unit ``(a, i, f, o)`` as in ``L.LSTM``; the
    peepholes ``peep_i``/``peep_f`` read the previous cell, ``peep_o`` the
    new one.
    """

    _state_names = ('c', 'h')

    def __init__(self, in_size, out_size):
        super(StatefulPeepholeLSTM, self).__init__()
        self.state_size = out_size
        self.reset_state()

        with self.init_scope():
            self.upward = linear.Linear(in_size, 4 * out_size)
            self.lateral = linear.Linear(out_size, 4 * out_size, nobias=True)
            self.peep_i = linear.Linear(out_size, out_size, nobias=True)
            self.peep_f = linear.Linear(out_size, out_size, nobias=True)
            self.peep_o = linear.Linear(out_size, out_size, nobias=True)

    def forward(self, x):
        """Updates the internal state and returns the LSTM outputs."""
        lstm_in = self.upward(x)
        if self.h is not None:
            lstm_in += self.lateral(self.h)
        if self.c is None:
            xp = self.xp
            with chainer_compat.using_device(self.device):
                self.c = variable.Variable(
                    xp.zeros((len(x), self.state_size), dtype=x.dtype))
        lstm_in = _F.reshape(
            lstm_in, (len(lstm_in), lstm_in.shape[1] // 4, 4))
        a, i, f, o = _F.split_axis(lstm_in, 4, 2)
        a = _F.reshape(a, a.shape[:2])
        i = _F.reshape(i, i.shape[:2])
        f = _F.reshape(f, f.shape[:2])
        o = _F.reshape(o, o.shape[:2])
        peep_in_i = self.peep_i(self.c)
        peep_in_f = self.peep_f(self.c)
        a = _F.tanh(a)
        i = _F.sigmoid(i + peep_in_i)
        f = _F.sigmoid(f + peep_in_f)
        self.c = a * i + f * self.c
        peep_in_o = self.peep_o(self.c)
        o = _F.sigmoid(o + peep_in_o)
        self.h = o * _F.tanh(self.c)
        return self.h
