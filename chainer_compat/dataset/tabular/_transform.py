from chainer_compat.dataset.tabular import tabular_dataset


def _set_mode(ds, mode, what):
    if hasattr(ds, '_mode') and ds._mode is not mode:
        raise ValueError('{} must not change its return type'.format(what))
    ds._mode = mode


def _call(dataset, func, values):
    mode = dataset.mode
    if mode is dict:
        return func(**dict(zip(dataset.keys, values)))
    return func(*values)


class _TransformBase(tabular_dataset.TabularDataset):
    """What transform and transform_batch share: the wrapped dataset, the
    output keys, and a mode learnt from the first transformed example."""

    def __init__(self, dataset, keys, func):
        if not isinstance(keys, tuple):
            keys = (keys,)
        self._dataset = dataset
        self._keys = keys
        self._func = func

    def __len__(self):
        return len(self._dataset)

    @property
    def keys(self):
        return self._keys

    @property
    def mode(self):
        if not hasattr(self, '_mode'):
            self.get_examples([0], None)
        return self._mode

    def convert(self, data):
        return self._dataset.convert(data)


class _Transform(_TransformBase):

    def get_examples(self, indices, key_indices):
        if key_indices is None:
            key_indices = range(len(self._keys))
        in_examples = self._dataset.get_examples(indices, None)
        out = tuple([] for _ in key_indices)
        for in_example in zip(*in_examples):
            o = _call(self._dataset, self._func, in_example)
            if isinstance(o, tuple):
                _set_mode(self, tuple, 'transform')
                for c, k in enumerate(key_indices):
                    out[c].append(o[k])
            elif isinstance(o, dict):
                _set_mode(self, dict, 'transform')
                for c, k in enumerate(key_indices):
                    out[c].append(o[self._keys[k]])
            else:
                _set_mode(self, None, 'transform')
                for c, k in enumerate(key_indices):
                    out[c].append((o,)[k])
        return out


class _TransformBatch(_TransformBase):

    def get_examples(self, indices, key_indices):
        if indices is None:
            len_ = len(self)
        elif isinstance(indices, slice):
            len_ = len(range(*indices.indices(len(self))))
        else:
            len_ = len(indices)
        if key_indices is None:
            key_indices = range(len(self._keys))

        in_examples = self._dataset.get_examples(indices, None)
        o = _call(self._dataset, self._func, in_examples)
        what = 'transform_batch'
        if isinstance(o, tuple):
            _set_mode(self, tuple, what)
            cols = o
            pick = [o[k] for k in key_indices]
        elif isinstance(o, dict):
            _set_mode(self, dict, what)
            cols = list(o.values())
            pick = [o[self._keys[k]] for k in key_indices]
        else:
            _set_mode(self, None, what)
            cols = (o,)
            pick = [cols[k] for k in key_indices]
        if not all(len(col) == len_ for col in cols):
            raise ValueError(
                'transform_batch must not change the length of data')
        return tuple(pick)
