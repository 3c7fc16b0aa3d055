from chainer_compat.dataset.tabular import tabular_dataset


def _merge_columns(parts, n_cols):
    return tuple([v for part in parts for v in part[c]]
                 for c in range(n_cols))


class _Concat(tabular_dataset.TabularDataset):

    def __init__(self, *datasets):
        for dataset in datasets[1:]:
            if dataset.keys != datasets[0].keys:
                raise ValueError('All datasets must have the same keys')
        self._datasets = datasets

    def __len__(self):
        return sum(len(d) for d in self._datasets)

    @property
    def keys(self):
        return self._datasets[0].keys

    @property
    def mode(self):
        return self._datasets[0].mode

    def get_examples(self, indices, key_indices):
        n_cols = len(self.keys) if key_indices is None else len(key_indices)

        if indices is None:
            parts = [d.get_examples(None, key_indices)
                     for d in self._datasets]
            return _merge_columns(parts, n_cols)

        if isinstance(indices, slice):
            start, stop, step = indices.indices(len(self))
            parts = []
            offset = 0
            for d in self._datasets:
                n = len(d)
                s0 = start - offset
                s1 = stop - offset
                if step > 0:
                    if s0 < 0:
                        s0 %= step
                    s1 = min(s1, n)
                else:
                    if s0 >= n:
                        s0 = n + (s0 - n) % step
                    s1 = max(s1, -1)
                if len(range(s0, s1, step)) > 0:
                    if s0 < 0 and step > 0:
                        s0 = None
                    if s1 < 0 and step < 0:
                        s1 = None
                    parts.append(d.get_examples(slice(s0, s1, step),
                                                key_indices))
                offset += n
            if not parts:
                return tuple([] for _ in range(n_cols))
            if len(parts) == 1:
                return parts[0]
            if step < 0:
                parts.reverse()
            return _merge_columns(parts, n_cols)

        parts = {}
        where = [None] * len(indices)
        offset = 0
        for di, d in enumerate(self._datasets):
            sub = []
            for p, index in enumerate(indices):
                if offset <= index < offset + len(d):
                    sub.append(index - offset)
                    where[p] = (di, len(sub) - 1)
            if sub:
                parts[di] = d.get_examples(sub, key_indices)
            offset += len(d)
        if not parts:
            return tuple([] for _ in range(n_cols))
        if len(parts) == 1:
            return list(parts.values())[0]
        return tuple([parts[di][c][p] for di, p in where]
                     for c in range(n_cols))

    def convert(self, data):
        return self._datasets[0].convert(data)
