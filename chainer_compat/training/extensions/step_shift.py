"""``chainer.training.extensions.StepShift``."""
import numpy

from chainer_compat.training.extensions import _shift


class StepShift(_shift._Shift):

    """Sets ``optimizer.<attr>`` to ``init * gamma ** floor(t / step)``,
    clipped at ``target``."""

    def __init__(self, attr, gamma, step, init=None, target=None,
                 optimizer=None):
        self._attr = attr
        self._gamma = gamma
        self._step = step
        self._init = init
        self._target = target
        self._optimizer = optimizer
        self._t = 0
        self._last_value = None

    def initialize(self, trainer):
        optimizer = self._get_optimizer(trainer)
        if self._init is None:
            self._init = getattr(optimizer, self._attr)
        if self._last_value is not None:
            value = self._last_value
        else:
            value = self._init
        self._update_value(optimizer, value)

    def __call__(self, trainer):
        self._t += 1
        optimizer = self._get_optimizer(trainer)
        value = self._init * self._gamma ** numpy.floor(self._t / self._step)
        value = self._clip_to_target(value, self._gamma > 1)
        self._update_value(optimizer, value)
