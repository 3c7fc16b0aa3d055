"""Subsets and splits (``chainer.datasets.sub_dataset``).

Random splits draw their permutation from
``numpy.random.RandomState(seed).permutation`` exactly as Chainer does.
"""
import warnings

import numpy

from chainer_compat.dataset import dataset_mixin


class SubDataset(dataset_mixin.DatasetMixin):

    """Subset ``[start, finish)`` of a dataset, optionally re-ordered."""

    def __init__(self, dataset, start, finish, order=None):
        if start < 0 or finish > len(dataset):
            raise ValueError('subset overruns the base dataset.')
        self._dataset = dataset
        self._start = start
        self._finish = finish
        self._size = finish - start
        if order is not None and len(order) != len(dataset):
            msg = ('order option must have the same length as the base '
                   'dataset: len(order) = {} while len(dataset) = {}'.format(
                       len(order), len(dataset)))
            raise ValueError(msg)
        self._order = order

    def __len__(self):
        return self._size

    def get_example(self, i):
        if i >= 0:
            if i >= self._size:
                raise IndexError('dataset index out of range')
            index = self._start + i
        else:
            if i < -self._size:
                raise IndexError('dataset index out of range')
            index = self._finish + i
        if self._order is not None:
            index = self._order[index]
        return self._dataset[index]


def split_dataset(dataset, split_at, order=None):
    """Splits a dataset into two subsets at ``split_at``."""
    n_examples = len(dataset)
    if not isinstance(split_at, (int, numpy.integer)):
        raise TypeError('split_at must be int, got {} instead'
                        .format(type(split_at)))
    if split_at < 0:
        raise ValueError('split_at must be non-negative')
    if split_at > n_examples:
        raise ValueError('split_at exceeds the dataset size')
    return (SubDataset(dataset, 0, split_at, order),
            SubDataset(dataset, split_at, n_examples, order))


def split_dataset_random(dataset, first_size, seed=None):
    """Splits a dataset into two subsets randomly."""
    order = numpy.random.RandomState(seed).permutation(len(dataset))
    return split_dataset(dataset, first_size, order)


def split_dataset_n(dataset, n, order=None):
    """Splits a dataset into ``n`` equal subsets (remainder dropped)."""
    sub_size = len(dataset) // n
    return [SubDataset(dataset, sub_size * i, sub_size * (i + 1), order)
            for i in range(n)]


def split_dataset_n_random(dataset, n, seed=None):
    """Splits a dataset into ``n`` equal subsets randomly."""
    sub_size = len(dataset) // n
    order = numpy.random.RandomState(seed).permutation(len(dataset))
    return [SubDataset(dataset, sub_size * i, sub_size * (i + 1), order)
            for i in range(n)]


def get_cross_validation_datasets(dataset, n_folds=None, order=None,
                                  **kwargs):
    """Creates ``n_folds`` (train, test) splits for cross validation."""
    if 'n_fold' in kwargs:
        warnings.warn(
            'Argument `n_fold` is deprecated. '
            'Please use `n_folds` instead',
            DeprecationWarning)
        n_folds = kwargs['n_fold']

    if order is None:
        order = numpy.arange(len(dataset))
    else:
        order = numpy.array(order)  # copy

    whole_size = len(dataset)
    borders = [whole_size * i // n_folds for i in range(n_folds + 1)]
    test_sizes = [borders[i + 1] - borders[i] for i in range(n_folds)]

    splits = []
    for test_size in reversed(test_sizes):
        size = whole_size - test_size
        splits.append(split_dataset(dataset, size, order))
        # Rotate: the last ``test_size`` indices move to the front.
        new_order = numpy.empty_like(order)
        new_order[:test_size] = order[-test_size:]
        new_order[test_size:] = order[:-test_size]
        order = new_order
    return splits


def get_cross_validation_datasets_random(dataset, n_folds, seed=None,
                                         **kwargs):
    """Cross-validation splits over a random permutation."""
    if 'n_fold' in kwargs:
        warnings.warn(
            'Argument `n_fold` is deprecated. '
            'Please use `n_folds` instead',
            DeprecationWarning)
        n_folds = kwargs['n_fold']
    order = numpy.random.RandomState(seed).permutation(len(dataset))
    return get_cross_validation_datasets(dataset, n_folds, order)
