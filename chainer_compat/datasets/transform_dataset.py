"""``chainer.datasets.TransformDataset``."""
from chainer_compat.dataset import dataset_mixin


class TransformDataset(dataset_mixin.DatasetMixin):

    """Dataset applying ``transform`` to each example on access."""

    def __init__(self, dataset, transform):
        self._dataset = dataset
        self._transform = transform

    def __len__(self):
        return len(self._dataset)

    def get_example(self, i):
        return self._transform(self._dataset[i])
