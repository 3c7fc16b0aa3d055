"""``chainer.training.extensions.PolynomialShift``."""
from chainer_compat.training.extensions import _shift


class PolynomialShift(_shift._Shift):

    """Sets ``optimizer.<attr>`` to
    ``init * max(1 - t / max_count, 0) ** rate``, clipped at ``target``."""

    invoke_before_training = True

    def __init__(self, attr, rate, max_count, init=None, target=None,
                 optimizer=None):
        self._attr = attr
        self._rate = rate
        self._init = init
        self._target = target
        self._optimizer = optimizer
        self._t = 0
        self._max_count = max_count
        self._last_value = None

    def initialize(self, trainer):
        self._initialize_from_init(trainer)

    def __call__(self, trainer):
        self._t += 1
        optimizer = self._get_optimizer(trainer)
        decay = max(1 - self._t / self._max_count, 0)
        value = self._init * decay ** self._rate
        if self._target is not None:
            if self._rate > 0:
                # almost same as value = min(value, self._target), but this
                # line supports negative values, too
                if self._target / value > 1:
                    value = self._target
            else:
                # ditto
                if self._target / value < 1:
                    value = self._target
        self._update_value(optimizer, value)
