"""``chainer.training.triggers.IntervalTrigger``."""
from chainer_compat.training.triggers import _previous


def _check_unit(unit):
    if unit not in ('epoch', 'iteration'):
        raise ValueError(
            'Trigger unit must be either \'epoch\' or \'iteration\'.')


class IntervalTrigger(object):

    """Fires each time the iteration/epoch count crosses a multiple of
    ``period``.  ``-1`` previous values (old snapshots) fall back to the
    updater's previous values."""

    def __init__(self, period, unit):
        _check_unit(unit)
        self.period = period
        self.unit = unit
        self._previous_iteration = 0
        self._previous_epoch_detail = 0.
        self.count = 0

    def __call__(self, trainer):
        updater = trainer.updater
        if self.unit == 'epoch':
            epoch_detail = updater.epoch_detail
            previous_epoch_detail = self._previous_epoch_detail
            if previous_epoch_detail < 0:
                previous_epoch_detail = updater.previous_epoch_detail
            self.count = epoch_detail // self.period
            fire = previous_epoch_detail // self.period != \
                epoch_detail // self.period
        else:
            iteration = updater.iteration
            previous_iteration = self._previous_iteration
            if previous_iteration < 0:
                previous_iteration = iteration - 1
            fire = previous_iteration // self.period != \
                iteration // self.period

        _previous.remember(self, updater)
        return fire

    def serialize(self, serializer):
        _previous.serialize(self, serializer, 'IntervalTrigger')

    def get_training_length(self):
        return (self.period, self.unit)

    def __str__(self):
        return '{}({}, \'{}\')'.format(
            self.__class__.__name__, self.period, self.unit)
