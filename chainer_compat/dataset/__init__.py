"""Dataset utilities (``chainer.dataset``)."""
from chainer_compat.dataset.convert import concat_examples  # NOQA
from chainer_compat.dataset.convert import ConcatWithAsyncTransfer  # NOQA
from chainer_compat.dataset.convert import converter  # NOQA
from chainer_compat.dataset.convert import Converter  # NOQA
from chainer_compat.dataset.convert import to_device  # NOQA
from chainer_compat.dataset.dataset_mixin import DatasetMixin  # NOQA
from chainer_compat.dataset.download import cache_or_load_file  # NOQA
from chainer_compat.dataset.download import cached_download  # NOQA
from chainer_compat.dataset.download import get_dataset_directory  # NOQA
from chainer_compat.dataset.download import get_dataset_root  # NOQA
from chainer_compat.dataset.download import set_dataset_root  # NOQA
from chainer_compat.dataset.iterator import Iterator  # NOQA
from chainer_compat.dataset.tabular.tabular_dataset import TabularDataset  # NOQA
