"""``chainer.iterators.SerialIterator``."""
from chainer_compat.dataset import iterator
from chainer_compat.iterators import _statemachine


class SerialIterator(_statemachine._StatefulIterator, iterator.Iterator):

    """Dataset iterator that serially reads the examples.

    ``shuffle=None`` (default) shuffles with
    :class:`~chainer.iterators.ShuffleOrderSampler` unless ``order_sampler``
    is given; ``shuffle=False`` reads in order.
    """

    def __init__(self, dataset, batch_size,
                 repeat=True, shuffle=None, order_sampler=None):
        self.dataset = dataset
        self.batch_size = batch_size
        self._repeat = repeat
        self._shuffle = shuffle
        self.order_sampler = self._init_order_sampler(shuffle, order_sampler)
        self.reset()

    def __next__(self):
        self._previous_epoch_detail = self.epoch_detail
        self._state, indices = _statemachine.iterator_statemachine(
            self._state, self.batch_size, self.repeat, self.order_sampler,
            len(self.dataset))
        if indices is None:
            raise StopIteration
        return [self.dataset[index] for index in indices]

    next = __next__

    def serialize(self, serializer):
        state = self._serialize_state(serializer, self._state.order)
        self._state = _statemachine.IteratorState(*state)
        self._serialize_previous(serializer)

    def reset(self):
        self._state = _statemachine.IteratorState(
            0, 0, False, self._initial_order())
        self._previous_epoch_detail = -1.

    @property
    def repeat(self):
        return self._repeat
