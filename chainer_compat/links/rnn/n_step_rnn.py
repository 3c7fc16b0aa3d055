"""``chainer.links.NStepRNNTanh`` / ``NStepRNNReLU`` / bi-directional ones.

An ``NStep*`` link is a ``ChainList`` of one plain ``Link`` per layer and
direction (index ``layer * direction + d``) holding ``w0..w{n-1}`` of shape
``(out_size, in)`` and ``b0..b{n-1}`` of shape ``(out_size,)``, drawn in
Chainer's order (per layer/direction, ``w_j`` then ``b_j``).  The forward
sorts the variable-length sequences by decreasing length, transposes them
to time-major batches and calls ``F.n_step_*``.
"""
import numpy

import chainer_compat
from chainer_compat import functions as _F
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat.utils import argument
from chainer_compat import variable


def argsort_list_descent(lst):
    return numpy.argsort([-len(x) for x in lst]).astype(numpy.int32)


def permutate_list(lst, indices, inv):
    ret = [None] * len(lst)
    if inv:
        for i, ind in enumerate(indices):
            ret[ind] = lst[i]
    else:
        for i, ind in enumerate(indices):
            ret[i] = lst[ind]
    return ret


class NStepRNNBase(link.ChainList):

    """Base link class for stacked RNN/BiRNN links."""

    def __init__(self, n_layers, in_size, out_size, dropout, *,
                 initialW=None, initial_bias=None, **kwargs):
        if kwargs:
            argument.check_unexpected_kwargs(
                kwargs,
                use_cudnn='use_cudnn argument is not supported anymore. '
                'Use chainer.using_config',
                use_bi_direction='use_bi_direction is not supported anymore',
                activation='activation is not supported anymore')
            argument.assert_kwargs_empty(kwargs)

        weights = []
        if self.use_bi_direction:
            direction = 2
        else:
            direction = 1

        W_initializer = initializers._get_initializer(initialW)
        if initial_bias is None:
            initial_bias = 0
        bias_initializer = initializers._get_initializer(initial_bias)

        for i in range(n_layers):
            for di in range(direction):
                weight = link.Link()
                with weight.init_scope():
                    for j in range(self.n_weights):
                        if i == 0 and j < self.n_weights // 2:
                            w_in = in_size
                        elif i > 0 and j < self.n_weights // 2:
                            w_in = out_size * direction
                        else:
                            w_in = out_size
                        w = variable.Parameter(
                            W_initializer, (out_size, w_in))
                        b = variable.Parameter(bias_initializer, out_size)
                        setattr(weight, 'w%d' % j, w)
                        setattr(weight, 'b%d' % j, b)
                weights.append(weight)

        super(NStepRNNBase, self).__init__(*weights)

        self.ws = [[getattr(layer, 'w%d' % i)
                    for i in range(self.n_weights)]
                   for layer in self]
        self.bs = [[getattr(layer, 'b%d' % i)
                    for i in range(self.n_weights)]
                   for layer in self]

        self.n_layers = n_layers
        self.dropout = dropout
        self.out_size = out_size
        self.direction = direction

    def copy(self, mode='share'):
        ret = super(NStepRNNBase, self).copy(mode)
        ret.ws = [[getattr(layer, 'w%d' % i)
                   for i in range(ret.n_weights)]
                  for layer in ret]
        ret.bs = [[getattr(layer, 'b%d' % i)
                   for i in range(ret.n_weights)]
                  for layer in ret]
        return ret

    def init_hx(self, xs):
        shape = (self.n_layers * self.direction, len(xs), self.out_size)
        with chainer_compat.using_device(self.device):
            hx = variable.Variable(self.xp.zeros(shape, dtype=xs[0].dtype))
        return hx

    def rnn(self, *args):
        """Calls the RNN function (implemented by each subclass)."""
        raise NotImplementedError

    @property
    def n_cells(self):
        """Number of hidden states (1 for RNN/GRU, 2 for LSTM)."""
        return NotImplementedError

    def forward(self, hx, xs, **kwargs):
        """Computes the stacked RNN: ``(hy, ys)``."""
        (hy,), ys = self._call([hx], xs, **kwargs)
        return hy, ys

    def _call(self, hs, xs, **kwargs):
        if kwargs:
            argument.check_unexpected_kwargs(
                kwargs, train='train argument is not supported anymore. '
                'Use chainer.using_config')
            argument.assert_kwargs_empty(kwargs)

        assert isinstance(xs, (list, tuple))
        indices = argsort_list_descent(xs)

        xs = permutate_list(xs, indices, inv=False)
        hxs = []
        for hx in hs:
            if hx is None:
                hx = self.init_hx(xs)
            else:
                hx = _F.permutate(hx, indices, axis=1, inv=False)
            hxs.append(hx)

        trans_x = _F.transpose_sequence(xs)

        args = [self.n_layers, self.dropout] + hxs + \
            [self.ws, self.bs, trans_x]
        result = self.rnn(*args)

        hys = [_F.permutate(h, indices, axis=1, inv=True)
               for h in result[:-1]]
        trans_y = result[-1]
        ys = _F.transpose_sequence(trans_y)
        ys = permutate_list(ys, indices, inv=True)

        return hys, ys


class NStepRNNTanh(NStepRNNBase):

    """Stacked uni-directional RNN (tanh) for sequences."""

    n_weights = 2
    use_bi_direction = False

    def rnn(self, *args):
        return _F.n_step_rnn(*args, activation='tanh')

    @property
    def n_cells(self):
        return 1


class NStepRNNReLU(NStepRNNBase):

    """Stacked uni-directional RNN (ReLU) for sequences."""

    n_weights = 2
    use_bi_direction = False

    def rnn(self, *args):
        return _F.n_step_rnn(*args, activation='relu')

    @property
    def n_cells(self):
        return 1


class NStepBiRNNTanh(NStepRNNBase):

    """Stacked bi-directional RNN (tanh) for sequences."""

    n_weights = 2
    use_bi_direction = True

    def rnn(self, *args):
        return _F.n_step_birnn(*args, activation='tanh')

    @property
    def n_cells(self):
        return 1


class NStepBiRNNReLU(NStepRNNBase):

    """Stacked bi-directional RNN (ReLU) for sequences."""

    n_weights = 2
    use_bi_direction = True

    def rnn(self, *args):
        return _F.n_step_birnn(*args, activation='relu')

    @property
    def n_cells(self):
        return 1
