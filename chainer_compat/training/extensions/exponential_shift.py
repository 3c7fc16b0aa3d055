"""``chainer.training.extensions.ExponentialShift``."""
from chainer_compat.training.extensions import _shift


class ExponentialShift(_shift._Shift):

    """Multiplies ``optimizer.<attr>`` by ``rate`` at each invocation
    (``init * rate ** t``), clipped at ``target``."""

    def __init__(self, attr, rate, init=None, target=None, optimizer=None):
        self._attr = attr
        if rate < 0:
            raise ValueError('ExponentialShift does not support negative rate')
        self._rate = rate
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
        value = self._init * (self._rate ** self._t)
        value = self._clip_to_target(value, self._rate > 1)
        self._update_value(optimizer, value)
