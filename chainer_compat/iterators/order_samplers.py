"""Order samplers (``chainer.iterators.order_samplers``)."""
import numpy


class OrderSampler(object):

    """Base class of order samplers: ``(current_order, position) -> order``."""

    def __call__(self, current_order, current_position):
        raise NotImplementedError


class ShuffleOrderSampler(OrderSampler):

    """Samples a new permutation each epoch.

    Without ``random_state`` it draws from NumPy's global RandomState
    (``numpy.random.permutation``), so ``numpy.random.seed`` reproduces
    Chainer's order exactly.
    """

    def __init__(self, random_state=None):
        if random_state is None:
            random_state = numpy.random.random.__self__
        self._random = random_state

    def __call__(self, current_order, current_position):
        return self._random.permutation(len(current_order))
