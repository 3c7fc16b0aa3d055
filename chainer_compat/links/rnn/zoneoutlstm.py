"""``chainer.links.StatefulZoneoutLSTM``."""
import chainer_compat
from chainer_compat import functions as _F
from chainer_compat import link
from chainer_compat.links.connection import linear
from chainer_compat.utils import argument
from chainer_compat import variable
from chainer_compat.links.rnn import _state


class StatefulZoneoutLSTM(_state._StateVariables, link.Chain):

    """Stateful LSTM whose ``c``/``h`` updates go through ``F.zoneout``."""

    _state_names = ('c', 'h')

    def __init__(self, in_size, out_size, c_ratio=0.5, h_ratio=0.5, **kwargs):
        if kwargs:
            argument.check_unexpected_kwargs(
                kwargs, train='train argument is not supported anymore. '
                'Use chainer.using_config')
            argument.assert_kwargs_empty(kwargs)

        super(StatefulZoneoutLSTM, self).__init__()
        self.state_size = out_size
        self.c_ratio = c_ratio
        self.h_ratio = h_ratio
        self.reset_state()

        with self.init_scope():
            self.upward = linear.Linear(in_size, 4 * out_size)
            self.lateral = linear.Linear(out_size, 4 * out_size, nobias=True)

    def set_state(self, c, h):
        """Sets the internal state (``c`` and ``h``, both Variables)."""
        self._set_states(c, h)

    def forward(self, x):
        """Updates the internal state and returns the LSTM outputs."""
        lstm_in = self.upward(x)
        if self.h is not None:
            lstm_in += self.lateral(self.h)
        else:
            xp = self.xp
            with chainer_compat.using_device(self.device):
                self.h = variable.Variable(
                    xp.zeros((len(x), self.state_size), dtype=x.dtype))
        if self.c is None:
            xp = self.xp
            with chainer_compat.using_device(self.device):
                self.c = variable.Variable(
                    xp.zeros((len(x), self.state_size), dtype=x.dtype))
        lstm_in = _F.reshape(
            lstm_in, (len(lstm_in), lstm_in.shape[1] // 4, 4))
        a, i, f, o = _F.split_axis(lstm_in, 4, 2)
        a = _F.reshape(a, (len(a), self.state_size))
        i = _F.reshape(i, (len(i), self.state_size))
        f = _F.reshape(f, (len(f), self.state_size))
        o = _F.reshape(o, (len(o), self.state_size))

        c_tmp = _F.tanh(a) * _F.sigmoid(i) + _F.sigmoid(f) * self.c
        self.c = _F.zoneout(self.c, c_tmp, self.c_ratio)
        self.h = _F.zoneout(self.h, _F.sigmoid(o) * _F.tanh(c_tmp),
                            self.h_ratio)
        return self.h
