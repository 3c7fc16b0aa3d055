"""``chainer.dataset.TabularDataset``."""
from chainer_compat import backend
from chainer_compat.dataset import dataset_mixin


class TabularDataset(dataset_mixin.DatasetMixin):

    """Abstract tabular dataset: every example has the same columns.

    Subclasses implement ``__len__``, ``keys``, ``mode`` (``tuple``,
    ``dict`` or ``None``) and ``get_examples(indices, key_indices)`` which
    returns a tuple of columns (lists or arrays).
    """

    def __len__(self):
        raise NotImplementedError

    @property
    def keys(self):
        """Names of columns (tuple of str)."""
        raise NotImplementedError

    @property
    def mode(self):
        """Representation of an example: tuple, dict or None."""
        raise NotImplementedError

    def get_examples(self, indices, key_indices):
        """Returns the requested rows/columns as a tuple of columns."""
        raise NotImplementedError

    @property
    def slice(self):
        """``dataset.slice[indices, keys]`` -- a view of rows/columns."""
        from chainer_compat.dataset.tabular import _slice
        return _slice._SliceHelper(self)

    def fetch(self):
        """Fetches all data column-major (tuple/dict of columns, or a column)
        """
        examples = self.get_examples(None, None)
        mode = self.mode
        if mode is tuple:
            return examples
        elif mode is dict:
            return dict(zip(self.keys, examples))
        elif mode is None:
            return examples[0]

    def convert(self, data):
        """Converts fetched data: each column becomes an ndarray."""
        if isinstance(data, tuple):
            return tuple(_as_array(d) for d in data)
        elif isinstance(data, dict):
            return {k: _as_array(v) for k, v in data.items()}
        return _as_array(data)

    def astuple(self):
        """A view whose mode is ``tuple``."""
        from chainer_compat.dataset.tabular import _asmode
        return _asmode._Astuple(self)

    def asdict(self):
        """A view whose mode is ``dict``."""
        from chainer_compat.dataset.tabular import _asmode
        return _asmode._Asdict(self)

    def concat(self, *datasets):
        """Stacks datasets along rows (same keys required)."""
        from chainer_compat.dataset.tabular import _concat
        return _concat._Concat(self, *datasets)

    def join(self, *datasets):
        """Stacks datasets along columns (same length required)."""
        from chainer_compat.dataset.tabular import _join
        return _join._Join(self, *datasets)

    def transform(self, keys, transform):
        """Applies ``transform`` to each example."""
        from chainer_compat.dataset.tabular import _transform
        return _transform._Transform(self, keys, transform)

    def transform_batch(self, keys, transform_batch):
        """Applies ``transform_batch`` to batches of columns."""
        from chainer_compat.dataset.tabular import _transform
        return _transform._TransformBatch(self, keys, transform_batch)

    def with_converter(self, converter):
        """Overrides :meth:`convert` with ``converter``."""
        from chainer_compat.dataset.tabular import _with_converter
        return _with_converter._WithConverter(self, converter)

    def get_example(self, i):
        example = tuple(col[0] for col in self.get_examples([i], None))
        mode = self.mode
        if mode is tuple:
            return example
        elif mode is dict:
            return dict(zip(self.keys, example))
        elif mode is None:
            return example[0]

    def __iter__(self):
        return (self.get_example(i) for i in range(len(self)))


def _as_array(data):
    import chainer_compat
    if isinstance(data, chainer_compat.get_array_types()):
        return data
    device = backend.get_device_from_array(data[0])
    with backend.using_device(device):
        return device.xp.asarray(data)
