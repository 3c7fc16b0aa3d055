from chainer_compat.dataset.tabular import tabular_dataset


class _Join(tabular_dataset.TabularDataset):

    def __init__(self, *datasets):
        keys = set(datasets[0].keys)
        for dataset in datasets[1:]:
            if len(dataset) != len(datasets[0]):
                raise ValueError('All datasets must have the same length')
            if keys.intersection(dataset.keys):
                raise ValueError('All keys must be unique among all datasets')
            keys = keys.union(dataset.keys)
        self._datasets = datasets

    def __len__(self):
        return len(self._datasets[0])

    @property
    def keys(self):
        return tuple(k for d in self._datasets for k in d.keys)

    @property
    def mode(self):
        for d in self._datasets:
            if d.mode:
                return d.mode
        return tuple

    def get_examples(self, indices, key_indices):
        if key_indices is None:
            return tuple(col for d in self._datasets
                         for col in d.get_examples(indices, None))
        cols = {}
        key_offset = 0
        for d in self._datasets:
            n_keys = len(d.keys)
            sub = []
            for k in key_indices:
                s = k - key_offset
                if 0 <= s < n_keys and s not in sub:
                    sub.append(s)
            if sub:
                sub = tuple(sub)
                for s, col in zip(sub, d.get_examples(indices, sub)):
                    cols[key_offset + s] = col
            key_offset += n_keys
        return tuple(cols[k] for k in key_indices)

    def convert(self, data):
        return self._datasets[0].convert(data)
