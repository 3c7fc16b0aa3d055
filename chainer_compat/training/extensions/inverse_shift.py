"""``chainer.training.extensions.InverseShift``."""
from chainer_compat.training.extensions import _shift


class InverseShift(_shift._Shift):

    """Sets ``optimizer.<attr>`` to ``init * (1 + gamma * t) ** -power``,
    clipped at ``target``."""

    def __init__(self, attr, gamma, power,
                 init=None, target=None, optimizer=None):
        self._attr = attr
        if gamma < 0:
            raise ValueError('InverseShift does not support negative gamma')
        self._gamma = gamma
        self._power = power
        self._init = init
        self._target = target
        self._optimizer = optimizer
        self._t = 0
        self._last_value = None

    def initialize(self, trainer):
        self._initialize_from_init(trainer)

    def __call__(self, trainer):
        self._t += 1
        optimizer = self._get_optimizer(trainer)
        value = self._init * (1 + self._gamma * self._t) ** (-self._power)
        value = self._clip_to_target(value, self._power < 0)
        self._update_value(optimizer, value)
