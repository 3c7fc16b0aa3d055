"""``chainer.links.NStepLSTM`` and ``NStepBiLSTM``.

Each layer link holds ``w0..w7``/``b0..b7``: ``w0..w3`` act on the input
and ``w4..w7`` on the hidden state, gates in cuDNN order
(input, forget, cell candidate, output) -- see ``F.n_step_lstm``.
"""
from chainer_compat import functions as _F
from chainer_compat.links.rnn import n_step_rnn


class NStepLSTMBase(n_step_rnn.NStepRNNBase):

    """Base link class for stacked LSTM/BiLSTM links."""

    n_weights = 8

    def forward(self, hx, cx, xs, **kwargs):
        """Computes the stacked LSTM: ``(hy, cy, ys)``."""
        (hy, cy), ys = self._call([hx, cx], xs, **kwargs)
        return hy, cy, ys


class NStepLSTM(NStepLSTMBase):

    """Stacked uni-directional LSTM for sequences."""

    use_bi_direction = False

    def rnn(self, *args):
        return _F.n_step_lstm(*args)

    @property
    def n_cells(self):
        return 2


class NStepBiLSTM(NStepLSTMBase):

    """Stacked bi-directional LSTM for sequences."""

    use_bi_direction = True

    def rnn(self, *args):
        return _F.n_step_bilstm(*args)

    @property
    def n_cells(self):
        return 2
