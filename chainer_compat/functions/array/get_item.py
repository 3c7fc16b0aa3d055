"""``chainer.functions.get_item``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _index


def get_item(x, slices):
    """Chainer-compatible :func:`chainer.functions.get_item`.

    NumPy indexing: ints, slices (negative steps included), ``None``,
    ``Ellipsis``, integer and boolean arrays (as ndarrays, lists or
    tensors).  The gradient accumulates over repeated indices as Chainer's
    ``numpy.add.at`` does.
    """
    t = _f.tensor(x)
    if isinstance(slices, int) and not isinstance(slices, bool):
        y = t[slices]
    elif isinstance(slices, slice) and (
            slices.step is None or (isinstance(slices.step, int) and
                                    slices.step > 0)):
        y = t[slices]
    else:
        y = _index.getitem(t, slices)
    return _f.output(y, 'GetItem', (x,))
