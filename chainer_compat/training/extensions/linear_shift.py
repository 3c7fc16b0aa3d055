"""``chainer.training.extensions.LinearShift``."""
from chainer_compat.training.extensions import _shift


class LinearShift(_shift._Shift):

    """Changes ``optimizer.<attr>`` linearly from ``value_range[0]`` to
    ``value_range[1]`` over invocations ``time_range[0]..time_range[1]``."""

    def __init__(self, attr, value_range, time_range, optimizer=None):
        self._attr = attr
        self._value_range = value_range
        self._time_range = time_range
        self._optimizer = optimizer
        self._t = 0
        self._last_value = None

    def initialize(self, trainer):
        optimizer = self._get_optimizer(trainer)
        if self._last_value is not None:
            value = self._last_value
        else:
            value = self._compute_next_value()
        self._update_value(optimizer, value)

    def __call__(self, trainer):
        self._t += 1
        optimizer = self._get_optimizer(trainer)
        self._update_value(optimizer, self._compute_next_value())

    def _compute_next_value(self):
        t1, t2 = self._time_range
        v1, v2 = self._value_range
        if self._t <= t1:
            return v1
        elif self._t >= t2:
            return v2
        rate = (self._t - t1) / (t2 - t1)
        return v1 + rate * (v2 - v1)
