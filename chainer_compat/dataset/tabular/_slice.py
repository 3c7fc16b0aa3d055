import numbers

import numpy

from chainer_compat.dataset.tabular import tabular_dataset


class _Slice(tabular_dataset.TabularDataset):

    def __init__(self, dataset, indices, keys):
        if keys is None:
            self._unary = None
        elif isinstance(keys, tuple):
            self._unary = False
        else:
            self._unary = True
            keys = (keys,)
        self._dataset = dataset
        self._indices = _as_indices(indices, len(dataset))
        self._key_indices = _as_key_indices(keys, dataset.keys)

    def __len__(self):
        if self._indices is None:
            return len(self._dataset)
        if isinstance(self._indices, slice):
            return len(range(*self._indices.indices(len(self._dataset))))
        return len(self._indices)

    @property
    def keys(self):
        if self._key_indices is None:
            return self._dataset.keys
        names = self._dataset.keys
        return tuple(names[k] for k in self._key_indices)

    @property
    def mode(self):
        if self._unary is None:
            return self._dataset.mode
        if self._unary:
            return None
        return self._dataset.mode or tuple

    def get_examples(self, indices, key_indices):
        indices = _merge_indices(
            self._indices, indices, len(self._dataset), len(self))
        key_indices = _merge_key_indices(self._key_indices, key_indices)
        return self._dataset.get_examples(indices, key_indices)

    def convert(self, data):
        return self._dataset.convert(data)


class _SliceHelper(object):

    def __init__(self, dataset):
        self._dataset = dataset

    def __getitem__(self, args):
        if isinstance(args, tuple):
            indices, keys = args
        else:
            indices, keys = args, None
        return _Slice(self._dataset, indices, keys)


def _as_indices(indices, len_):
    if isinstance(indices, slice) or len(indices) == 0:
        return indices
    if all(isinstance(i, (bool, numpy.bool_)) for i in indices):
        if len(indices) != len_:
            raise ValueError('The number of booleans is '
                             'different from the length of dataset')
        return [i for i, flag in enumerate(indices) if flag]
    checked = []
    for index in indices:
        index = int(index)
        if index < 0:
            index += len_
        if not 0 <= index < len_:
            raise IndexError(
                'index {} is out of bounds for dataset with size {}'
                .format(index, len_))
        checked.append(index)
    return checked


def _as_key_indices(keys, key_names):
    if keys is None:
        return None
    out = []
    for key in keys:
        if isinstance(key, numbers.Integral):
            k = key + len(key_names) if key < 0 else key
            if not 0 <= k < len(key_names):
                raise IndexError(
                    'index {} is out of bounds for keys with size {}'.format(
                        key, len(key_names)))
        else:
            try:
                k = key_names.index(key)
            except ValueError:
                raise KeyError('{} does not exists'.format(key))
        out.append(k)
    return tuple(out)


def _merge_indices(a, b, len_a, len_b):
    if a is None:
        return b
    if b is None:
        return a
    if isinstance(a, slice) and isinstance(b, slice):
        a_start, _, a_step = a.indices(len_a)
        b_start, b_stop, b_step = b.indices(len_b)
        start = a_start + a_step * b_start
        stop = a_start + a_step * b_stop
        step = a_step * b_step
        if start < 0 and step > 0:
            start = None
        if stop < 0 and step < 0:
            stop = None
        return slice(start, stop, step)
    if isinstance(a, slice):
        a_start, _, a_step = a.indices(len_a)
        return [a_start + a_step * i for i in b]
    if isinstance(b, slice):
        return a[b]
    return [a[i] for i in b]


def _merge_key_indices(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return tuple(a[i] for i in b)
