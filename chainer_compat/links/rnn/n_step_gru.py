"""``chainer.links.NStepGRU`` and ``NStepBiGRU``.

Each layer link holds ``w0..w5``/``b0..b5`` (``w0..w2`` on the input,
``w3..w5`` on the hidden state; reset, update, candidate) -- cuDNN's GRU,
see ``F.n_step_gru``.
"""
from chainer_compat import functions as _F
from chainer_compat.links.rnn import n_step_rnn


class NStepGRUBase(n_step_rnn.NStepRNNBase):

    """Base link class for stacked GRU/BiGRU links."""

    n_weights = 6


class NStepGRU(NStepGRUBase):

    """Stacked uni-directional GRU for sequences."""

    use_bi_direction = False

    def rnn(self, *args):
        return _F.n_step_gru(*args)

    @property
    def n_cells(self):
        return 1


class NStepBiGRU(NStepGRUBase):

    """Stacked bi-directional GRU for sequences."""

    use_bi_direction = True

    def rnn(self, *args):
        return _F.n_step_bigru(*args)

    @property
    def n_cells(self):
        return 1
