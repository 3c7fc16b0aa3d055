"""``chainer.training.util``."""
from chainer_compat.training.triggers import interval_trigger


def get_trigger(trigger):
    """Gets a trigger: a callable as is, ``None`` never fires, and a
    ``(period, unit)`` tuple becomes an :class:`IntervalTrigger`."""
    if callable(trigger):
        return trigger
    elif trigger is None:
        return _never_fire_trigger
    return interval_trigger.IntervalTrigger(*trigger)


def _never_fire_trigger(trainer):
    return False
