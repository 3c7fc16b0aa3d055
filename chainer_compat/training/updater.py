from chainer_compat.training._updater import Updater  # NOQA
from chainer_compat.training.updaters.parallel_updater import ParallelUpdater  # NOQA
from chainer_compat.training.updaters.standard_updater import StandardUpdater  # NOQA
