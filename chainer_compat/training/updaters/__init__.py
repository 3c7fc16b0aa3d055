"""Updaters (``chainer.training.updaters``)."""
from chainer_compat.training.updaters.multiprocess_parallel_updater import MultiprocessParallelUpdater  # NOQA
from chainer_compat.training.updaters.parallel_updater import ParallelUpdater  # NOQA
from chainer_compat.training.updaters.standard_updater import StandardUpdater  # NOQA
