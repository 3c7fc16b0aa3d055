"""``chainer.training.triggers.ManualScheduleTrigger``."""
import warnings

from chainer_compat.training.triggers import _previous
from chainer_compat.training.triggers.interval_trigger import _check_unit


class ManualScheduleTrigger(object):

    """Fires when the iteration/epoch passes one of ``points``; sets
    ``finished`` after the last point."""

    def __init__(self, points, unit):
        _check_unit(unit)
        self.points = points if isinstance(points, list) else [points]
        self.unit = unit
        self.finished = False
        self._previous_iteration = 0
        self._previous_epoch_detail = 0.

    def __call__(self, trainer):
        updater = trainer.updater
        if self.unit == 'epoch':
            current = updater.epoch_detail
            previous = self._previous_epoch_detail
            if previous < 0:
                previous = updater.previous_epoch_detail
        else:
            current = updater.iteration
            previous = self._previous_iteration
            if previous < 0:
                previous = current - 1
        fire = any(previous < p <= current for p in self.points)
        if hasattr(self, '_finished_is_tmp'):
            del self._finished_is_tmp
            if current >= max(self.points):
                self.finished = True
        if fire and current >= max(self.points):
            self.finished = True

        _previous.remember(self, updater)
        return fire

    def serialize(self, serializer):
        _previous.serialize(self, serializer, 'ManualScheduleTrigger')
        try:
            self.finished = serializer('finished', self.finished)
        except KeyError:
            warnings.warn(
                'The flag of finished is not saved. '
                'ManualScheduleTrigger set the flag to `False` to force '
                'initialization and reset in next `__call__`.')
            self.finished = False
            self._finished_is_tmp = True
