"""``chainer.datasets.TupleDataset``."""


class TupleDataset(object):

    """Dataset of tuples from multiple equal-length datasets."""

    def __init__(self, *datasets):
        if not datasets:
            raise ValueError('no datasets are given')
        length = len(datasets[0])
        for i, dataset in enumerate(datasets):
            if len(dataset) != length:
                raise ValueError(
                    'dataset of the index {} has a wrong length'.format(i))
        self._datasets = datasets
        self._length = length

    def __getitem__(self, index):
        batches = [dataset[index] for dataset in self._datasets]
        if isinstance(index, slice):
            return [tuple(batch[i] for batch in batches)
                    for i in range(len(batches[0]))]
        return tuple(batches)

    def __len__(self):
        return self._length
