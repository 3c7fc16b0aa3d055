"""``chainer.functions.scatter_add``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _index
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def scatter_add(a, slices, b):
    """Chainer-compatible :func:`chainer.functions.scatter_add`:
    ``y = a.copy(); numpy.add.at(y, slices, b)`` (repeated indices
    accumulate)."""
    norm = _index.normalize_slices(slices)
    at = _f.tensor(a)
    bt = _f.tensor(b)

    def body(in_types):
        n_nones = len([s for s in norm if s is None])
        type_check.expect(in_types[0].ndim >= len(norm) - n_nones)
    _util.check('ScatterAdd', (at, bt), body, ('a', 'b'))
    pos = _index.flat_positions(tuple(at.shape), norm, at.device)
    if tuple(pos.shape) != tuple(bt.shape):
        raise ValueError('Chainer does not support automatic broadcasting '
                         'of variables.')
    if bt.dtype != at.dtype:
        bt = bt.to(at.dtype)
    y = at.reshape(-1).index_add(0, pos.reshape(-1), bt.reshape(-1))
    return _f.output(y.reshape(at.shape), 'ScatterAdd', (a, b))
