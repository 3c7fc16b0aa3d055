"""``chainer.links.CRF1d``."""
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import variable


def _funcs():
    from chainer_compat.functions.array import transpose_sequence
    from chainer_compat.functions.loss import crf1d
    return transpose_sequence, crf1d


def _rnn_utils():
    # Chainer imports these helpers from links.rnn.n_step_rnn.
    from chainer_compat.links.rnn import n_step_rnn
    return n_step_rnn.argsort_list_descent, n_step_rnn.permutate_list


class CRF1d(link.Link):

    """Linear-chain CRF with transition ``cost`` ``(n_label, n_label)``
    (zeros by default)."""

    def __init__(self, n_label, initial_cost=None):
        super(CRF1d, self).__init__()
        if initial_cost is None:
            initial_cost = initializers.constant.Zero()

        with self.init_scope():
            self.cost = variable.Parameter(initializer=initial_cost,
                                           shape=(n_label, n_label))

    def forward(self, xs, ys, reduce='mean', transpose=False):
        transpose_sequence, crf1d = _funcs()
        if transpose:
            argsort_list_descent, permutate_list = _rnn_utils()
            indices = argsort_list_descent(xs)
            xs = permutate_list(xs, indices, inv=False)
            ys = permutate_list(ys, indices, inv=False)
            trans_x = transpose_sequence.transpose_sequence(xs)
            trans_y = transpose_sequence.transpose_sequence(ys)
            return crf1d.crf1d(self.cost, trans_x, trans_y, reduce)
        return crf1d.crf1d(self.cost, xs, ys, reduce)

    def argmax(self, xs, transpose=False):
        transpose_sequence, crf1d = _funcs()
        if transpose:
            argsort_list_descent, permutate_list = _rnn_utils()
            indices = argsort_list_descent(xs)
            xs = permutate_list(xs, indices, inv=False)
            trans_x = transpose_sequence.transpose_sequence(xs)
            score, path = crf1d.argmax_crf1d(self.cost, trans_x)
            path = transpose_sequence.transpose_sequence(path)
            path = [p.array for p in path]
            path = permutate_list(path, indices, inv=True)
        else:
            score, path = crf1d.argmax_crf1d(self.cost, xs)
        return score, path
