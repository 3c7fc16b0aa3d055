"""``chainer.dataset.tabular.DelegateDataset``."""
from chainer_compat.dataset.tabular import tabular_dataset


class DelegateDataset(tabular_dataset.TabularDataset):

    """Wraps a TabularDataset (``self.dataset``) and delegates to it."""

    def __init__(self, dataset):
        self.dataset = dataset

    def __len__(self):
        return len(self.dataset)

    @property
    def keys(self):
        return self.dataset.keys

    @property
    def mode(self):
        return self.dataset.mode

    def get_examples(self, indices, key_indices):
        return self.dataset.get_examples(indices, key_indices)
