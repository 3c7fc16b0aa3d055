"""Training loop (``chainer.training``)."""
from chainer_compat.training import extensions  # NOQA
from chainer_compat.training import triggers  # NOQA
from chainer_compat.training import updaters  # NOQA
from chainer_compat.training import util  # NOQA

from chainer_compat.training.extension import Extension  # NOQA
from chainer_compat.training.extension import make_extension  # NOQA
from chainer_compat.training.extension import PRIORITY_EDITOR  # NOQA
from chainer_compat.training.extension import PRIORITY_READER  # NOQA
from chainer_compat.training.extension import PRIORITY_WRITER  # NOQA
from chainer_compat.training.trainer import Trainer  # NOQA
from chainer_compat.training.trigger import get_trigger  # NOQA
from chainer_compat.training.trigger import IntervalTrigger  # NOQA
from chainer_compat.training.updater import ParallelUpdater  # NOQA
from chainer_compat.training.updater import StandardUpdater  # NOQA
from chainer_compat.training.updater import Updater  # NOQA
