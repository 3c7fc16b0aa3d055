"""``chainer.links.ChildSumTreeLSTM`` and ``NaryTreeLSTM``."""
import numpy

from chainer_compat import functions as _F
from chainer_compat import link
from chainer_compat.links.connection import linear


def _pad_zero_nodes(link_, vs, shape, dtype=numpy.float32):
    if any(v is None for v in vs):
        zero = link_.xp.zeros(shape, dtype=dtype)
        return tuple(zero if v is None else v for v in vs)
    return vs


def _zeros_like_base(link_, cs, hs):
    if any(c is not None for c in cs):
        base = [c for c in cs if c is not None][0]
    elif any(h is not None for h in hs):
        base = [h for h in hs if h is not None][0]
    else:
        raise ValueError('All inputs (cs, hs, x) are None.')
    batchsize, dtype = base.shape[0], base.dtype
    return link_.xp.zeros((batchsize, link_.in_size), dtype=dtype)


class ChildSumTreeLSTM(link.Chain):

    """Child-Sum TreeLSTM unit: ``forward(*cs, *hs, x) -> (c, h)``."""

    def __init__(self, in_size, out_size):
        super(ChildSumTreeLSTM, self).__init__()
        with self.init_scope():
            self.W_x = linear.Linear(in_size, 4 * out_size)
            self.W_h_aio = linear.Linear(out_size, 3 * out_size, nobias=True)
            self.W_h_f = linear.Linear(out_size, out_size, nobias=True)

        self.in_size = in_size
        self.state_size = out_size

    def forward(self, *cshsx):
        """Returns new cell state and output of Child-Sum TreeLSTM."""
        cs = cshsx[:len(cshsx) // 2]
        hs = cshsx[len(cshsx) // 2:-1]
        x = cshsx[-1]
        assert len(cshsx) % 2 == 1
        assert len(cs) == len(hs)

        if x is None:
            x = _zeros_like_base(self, cs, hs)

        W_x_in = self.W_x(x)
        W_x_aio_in, W_x_f_in = _F.split_axis(
            W_x_in, [3 * self.state_size], axis=1)

        if len(hs) == 0:
            aio_in = W_x_aio_in
            a, i, o = _F.split_axis(aio_in, 3, axis=1)
            c = _F.sigmoid(i) * _F.tanh(a)
            h = _F.sigmoid(o) * _F.tanh(c)
            return c, h

        hs = self._pad_zero_nodes(
            hs, (x.shape[0], self.state_size), dtype=x.dtype)
        cs = self._pad_zero_nodes(
            cs, (x.shape[0], self.state_size), dtype=x.dtype)

        aio_in = self.W_h_aio(sum(hs)) + W_x_aio_in
        W_h_fs_in = _F.concat(_F.split_axis(
            self.W_h_f(_F.concat(hs, axis=0)), len(hs), axis=0),
            axis=1)
        f_in = W_h_fs_in + _F.concat([W_x_f_in] * len(hs), axis=1)
        tree_lstm_in = _F.concat([aio_in, f_in], axis=1)

        return _F.tree_lstm(*(cs + (tree_lstm_in,)))

    def _pad_zero_nodes(self, vs, shape, dtype=numpy.float32):
        return _pad_zero_nodes(self, vs, shape, dtype)


class NaryTreeLSTM(link.Chain):

    """N-ary TreeLSTM unit: ``forward(*cs, *hs, x) -> (c, h)``."""

    def __init__(self, in_size, out_size, n_ary=2):
        assert n_ary >= 1
        super(NaryTreeLSTM, self).__init__()
        with self.init_scope():
            self.W_x = linear.Linear(in_size, (3 + n_ary) * out_size)
            for i in range(1, n_ary + 1):
                lin = linear.Linear(
                    out_size, (3 + n_ary) * out_size, nobias=True)
                setattr(self, 'W_h{}'.format(i), lin)

        self.in_size = in_size
        self.state_size = out_size
        self.n_ary = n_ary

    def forward(self, *cshsx):
        """Returns new cell state and output of N-ary TreeLSTM."""
        assert len(cshsx) == self.n_ary * 2 + 1
        cs = cshsx[:self.n_ary]
        hs = cshsx[self.n_ary:-1]
        x = cshsx[-1]

        if x is None:
            x = _zeros_like_base(self, cs, hs)

        tree_lstm_in = self.W_x(x)

        for i, h in enumerate(hs, start=1):
            if h is not None:
                tree_lstm_in += getattr(self, 'W_h{}'.format(i))(h)

        cs = self._pad_zero_nodes(
            cs, (x.shape[0], self.state_size), dtype=x.dtype)

        return _F.tree_lstm(*(cs + (tree_lstm_in,)))

    def _pad_zero_nodes(self, vs, shape, dtype=numpy.float32):
        return _pad_zero_nodes(self, vs, shape, dtype)
