"""Triggers (``chainer.training.triggers``)."""
from chainer_compat.training.triggers.early_stopping_trigger import EarlyStoppingTrigger  # NOQA
from chainer_compat.training.triggers.interval_trigger import IntervalTrigger  # NOQA
from chainer_compat.training.triggers.manual_schedule_trigger import ManualScheduleTrigger  # NOQA
from chainer_compat.training.triggers.minmax_value_trigger import BestValueTrigger  # NOQA
from chainer_compat.training.triggers.minmax_value_trigger import MaxValueTrigger  # NOQA
from chainer_compat.training.triggers.minmax_value_trigger import MinValueTrigger  # NOQA
from chainer_compat.training.triggers.once_trigger import OnceTrigger  # NOQA
from chainer_compat.training.triggers.time_trigger import TimeTrigger  # NOQA
