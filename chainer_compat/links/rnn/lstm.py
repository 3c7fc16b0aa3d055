"""``chainer.links.LSTM`` and ``StatelessLSTM``.

Parameters follow Chainer's layout: ``upward = Linear(in, 4*out)`` and
``lateral = Linear(out, 4*out, nobias=True)`` whose rows interleave the
gates per unit in the order ``(a, i, f, o)`` (what ``F.lstm`` expects).
Initial values are drawn as Chainer draws them: both Linears start at 0,
then for each ``out``-row block ``lateral_init`` and ``upward_init`` fill
the block in turn (LeCunNormal by default, numpy's global RNG); the bias of
gates a/i/o gets ``bias_init`` (0) and the forget gate ``forget_bias_init``
(1).
"""
import chainer_compat
from chainer_compat import functions as _F
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat.links.connection import linear
from chainer_compat import utils
from chainer_compat import variable
from chainer_compat.links.rnn import _state


class LSTMBase(link.Chain):

    def __init__(self, in_size, out_size=None, lateral_init=None,
                 upward_init=None, bias_init=None, forget_bias_init=None):
        if out_size is None:
            out_size, in_size = in_size, None
        super(LSTMBase, self).__init__()
        if bias_init is None:
            bias_init = 0
        if forget_bias_init is None:
            forget_bias_init = 1
        self.state_size = out_size
        self.lateral_init = lateral_init
        self.upward_init = upward_init
        self.bias_init = bias_init
        self.forget_bias_init = forget_bias_init

        with self.init_scope():
            self.upward = linear.Linear(in_size, 4 * out_size, initialW=0)
            self.lateral = linear.Linear(out_size, 4 * out_size, initialW=0,
                                         nobias=True)
            if in_size is not None:
                self._initialize_params()

    def _initialize_params(self):
        lateral_init = initializers._get_initializer(self.lateral_init)
        upward_init = initializers._get_initializer(self.upward_init)
        bias_init = initializers._get_initializer(self.bias_init)
        forget_bias_init = initializers._get_initializer(
            self.forget_bias_init)

        # The initializers fill (CPU: zero-copy numpy views of) the params
        # in place, block by block, in Chainer's draw order.
        n = self.state_size
        lateral_W = self.lateral.W.array
        upward_W = self.upward.W.array
        for i in range(0, 4 * n, n):
            lateral_init(lateral_W[i:i + n, :])
            upward_init(upward_W[i:i + n, :])
        gates = self.upward.b.array.reshape(n, 4)
        bias_init(gates[:, 0])
        bias_init(gates[:, 1])
        forget_bias_init(gates[:, 2])
        bias_init(gates[:, 3])


class StatelessLSTM(LSTMBase):

    """Stateless LSTM layer: ``forward(c, h, x) -> (c_new, h_new)``."""

    def forward(self, c, h, x):
        """Returns new cell state and updated output of LSTM."""
        if self.upward.W.array is None:
            in_size = x.size // x.shape[0]
            with chainer_compat.using_device(self.device):
                self.upward._initialize_params(in_size)
                self._initialize_params()

        lstm_in = self.upward(x)
        if h is not None:
            lstm_in += self.lateral(h)
        if c is None:
            xp = self.xp
            with chainer_compat.using_device(self.device):
                c = variable.Variable(
                    xp.zeros((x.shape[0], self.state_size), dtype=x.dtype))
        return _F.lstm(c, lstm_in)


class LSTM(_state._StateVariables, LSTMBase):

    """Fully-connected stateful LSTM layer (keeps ``c`` and ``h``).

    A smaller batch than the previous step updates only the leading rows of
    the state (inputs sorted by decreasing length), as in Chainer.
    """

    _state_names = ('c', 'h')

    def __init__(self, in_size, out_size=None, lateral_init=None,
                 upward_init=None, bias_init=None, forget_bias_init=None):
        if out_size is None:
            in_size, out_size = None, in_size
        super(LSTM, self).__init__(
            in_size, out_size, lateral_init, upward_init, bias_init,
            forget_bias_init)
        self.reset_state()

    def set_state(self, c, h):
        """Sets the internal state (``c`` and ``h``, both Variables)."""
        self._set_states(c, h)

    def forward(self, x):
        """Updates the internal state and returns the LSTM outputs."""
        if self.upward.W.array is None:
            with chainer_compat.using_device(self.device):
                in_size = utils.size_of_shape(x.shape[1:])
                self.upward._initialize_params(in_size)
                self._initialize_params()

        batch = x.shape[0]
        lstm_in = self.upward(x)
        h_rest = None
        if self.h is not None:
            h_size = self.h.shape[0]
            if batch == 0:
                h_rest = self.h
            elif h_size < batch:
                msg = ('The batch size of x must be equal to or less than '
                       'the size of the previous state h.')
                raise TypeError(msg)
            elif h_size > batch:
                h_update, h_rest = _F.split_axis(self.h, [batch], axis=0)
                lstm_in += self.lateral(h_update)
            else:
                lstm_in += self.lateral(self.h)
        if self.c is None:
            with chainer_compat.using_device(self.device):
                self.c = variable.Variable(
                    self.xp.zeros((batch, self.state_size), dtype=x.dtype))
        self.c, y = _F.lstm(self.c, lstm_in)

        if h_rest is None:
            self.h = y
        elif len(y.array) == 0:
            self.h = h_rest
        else:
            self.h = _F.concat([y, h_rest], axis=0)
        return y
