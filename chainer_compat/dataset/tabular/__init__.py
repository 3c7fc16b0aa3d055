"""Tabular datasets (``chainer.dataset.tabular``)."""
from chainer_compat.dataset.tabular import _asmode  # NOQA
from chainer_compat.dataset.tabular import _concat  # NOQA
from chainer_compat.dataset.tabular import _join  # NOQA
from chainer_compat.dataset.tabular import _slice  # NOQA
from chainer_compat.dataset.tabular import _transform  # NOQA
from chainer_compat.dataset.tabular import _with_converter  # NOQA
from chainer_compat.dataset.tabular.delegate_dataset import DelegateDataset  # NOQA
from chainer_compat.dataset.tabular.from_data import from_data  # NOQA
