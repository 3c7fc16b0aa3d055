"""Common state handling of the ``*Shift`` extensions (private)."""
import numpy

from chainer_compat.training import extension


class _Shift(extension.Extension):

    """Keeps ``_t`` and ``_last_value``; sets ``optimizer.<attr>``."""

    _optimizer = None

    def _get_optimizer(self, trainer):
        return self._optimizer or trainer.updater.get_optimizer('main')

    def _clip_to_target(self, value, growing):
        """``value`` stopped at ``target`` (when given): from above while the
        schedule grows, from below while it shrinks.  Chainer compares the
        ratio with 1 rather than taking min/max, so negative values work."""
        if self._target is not None:
            if growing:
                if value / self._target > 1:
                    value = self._target
            elif value / self._target < 1:
                value = self._target
        return value

    def _update_value(self, optimizer, value):
        setattr(optimizer, self._attr, value)
        self._last_value = value

    def _initialize_from_init(self, trainer):
        # Chainer: init defaults to the optimizer's current value; after a
        # resume the last value set is restored.
        optimizer = self._get_optimizer(trainer)
        if self._init is None:
            self._init = getattr(optimizer, self._attr)
        if self._last_value is not None:
            self._update_value(optimizer, self._last_value)
        else:
            self._update_value(optimizer, self._init)

    def serialize(self, serializer):
        self._t = serializer('_t', self._t)
        self._last_value = serializer('_last_value', self._last_value)
        if isinstance(self._last_value, numpy.ndarray):
            self._last_value = self._last_value.item()
