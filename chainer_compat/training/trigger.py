from chainer_compat.training.triggers.interval_trigger import IntervalTrigger  # NOQA
from chainer_compat.training.util import _never_fire_trigger  # NOQA
from chainer_compat.training.util import get_trigger  # NOQA
