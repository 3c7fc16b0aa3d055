"""``chainer.dataset.tabular.from_data``."""
from chainer_compat.dataset.tabular import tabular_dataset


def from_data(data, *, size=None):
    """Creates a TabularDataset from lists/arrays/callables.

    Formats: a list/array; ``(key, list/array/callable)``;
    ``((key, ...), callable)``; a tuple of those; or a dict
    ``{key: list/array/callable, (key, ...): callable}``.  ``size`` is
    required when there is no list/array to take the length from.
    """
    if isinstance(data, tuple):
        if len(data) == 2:
            key, d = data
            if isinstance(key, str):
                return _make_dataset(key, d, size)
            if isinstance(key, tuple) and all(isinstance(k, str)
                                              for k in key):
                return _make_dataset(key, d, size)
        for d in data:
            if isinstance(d, tuple):
                _, d = d
            if size is None:
                try:
                    size = len(d)
                except TypeError:
                    pass
        datasets = []
        for d in data:
            key = None
            if isinstance(d, tuple):
                key, d = d
            datasets.append(_make_dataset(key, d, size))
        return datasets[0].join(*datasets[1:]).astuple()
    elif isinstance(data, dict):
        for d in data.values():
            if size is None:
                try:
                    size = len(d)
                except TypeError:
                    pass
        datasets = [_make_dataset(key, d, size) for key, d in data.items()]
        return datasets[0].join(*datasets[1:]).asdict()
    return _make_dataset(None, data, size)


def _make_dataset(key, data, size):
    import chainer_compat
    if isinstance(data, chainer_compat.get_array_types()):
        if key is None:
            key = '_{}'.format(id(data))
        return _Array(key, data)
    elif isinstance(data, list):
        if key is None:
            key = '_{}'.format(id(data))
        return _List(key, data)
    elif callable(data):
        if key is None:
            raise ValueError('key(s) must be specified for callable')
        if size is None:
            raise ValueError('size must be specified for callable')
        return _Index(size).transform(key, data)


class _Column(tabular_dataset.TabularDataset):

    def __init__(self, key, data):
        self._key = key
        self._data = data

    def __len__(self):
        return len(self._data)

    @property
    def keys(self):
        return (self._key,)

    @property
    def mode(self):
        return None


class _Array(_Column):

    def get_examples(self, indices, key_indices):
        n = 1 if key_indices is None else len(key_indices)
        if indices is None:
            return (self._data,) * n
        return (self._data[indices],) * n


class _List(_Column):

    def get_examples(self, indices, key_indices):
        n = 1 if key_indices is None else len(key_indices)
        if indices is None:
            return (self._data,) * n
        if isinstance(indices, slice):
            return (self._data[indices],) * n
        return ([self._data[i] for i in indices],) * n


class _Index(tabular_dataset.TabularDataset):

    def __init__(self, size):
        self._len = size

    def __len__(self):
        return self._len

    @property
    def keys(self):
        return ('index',)

    @property
    def mode(self):
        return None

    def get_examples(self, indices, key_indices):
        if indices is None:
            indices = slice(None)
        if isinstance(indices, slice):
            indices = list(range(*indices.indices(len(self))))
        n = 1 if key_indices is None else len(key_indices)
        return (indices,) * n
