"""``chainer.links.StatelessMGU`` and ``StatefulMGU`` (minimal gated unit)."""
import chainer_compat
from chainer_compat import functions as _F
from chainer_compat import link
from chainer_compat.links.connection import linear
from chainer_compat.links.rnn import _state


class MGUBase(link.Chain):

    def __init__(self, n_inputs, n_units):
        super(MGUBase, self).__init__()
        with self.init_scope():
            self.W_f = linear.Linear(n_inputs + n_units, n_units)
            self.W_h = linear.Linear(n_inputs + n_units, n_units)

    def _call_mgu(self, h, x):
        f = _F.sigmoid(self.W_f(_F.concat([h, x])))
        h_bar = _F.tanh(self.W_h(_F.concat([f * h, x])))
        h_new = _F.linear_interpolate(f, h_bar, h)
        return h_new


class StatelessMGU(MGUBase):

    """Stateless MGU: ``forward(h, x) -> h_new``."""

    forward = MGUBase._call_mgu


class StatefulMGU(_state._StateVariables, MGUBase):

    """Stateful MGU (keeps ``h``)."""

    def __init__(self, in_size, out_size):
        super(StatefulMGU, self).__init__(in_size, out_size)
        self._state_size = out_size
        self.reset_state()

    def set_state(self, h):
        self._set_states(h)

    def forward(self, x):
        if self.h is None:
            n_batch = x.shape[0]
            dtype = chainer_compat.get_dtype()
            h_data = self.xp.zeros((n_batch, self._state_size), dtype=dtype)
            h = chainer_compat.Variable(h_data)
        else:
            h = self.h
        self.h = self._call_mgu(h, x)
        return self.h
