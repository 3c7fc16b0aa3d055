"""``chainer.iterators.MultithreadIterator``: examples read by threads."""
from multiprocessing import pool

from chainer_compat.dataset import iterator
from chainer_compat.iterators import _statemachine


class MultithreadIterator(_statemachine._StatefulIterator,
                          iterator.Iterator):

    """Dataset iterator that loads examples in parallel threads.

    The next batch is prefetched (its order drawn) right after the current
    one is returned, as in Chainer.
    """

    def __init__(self, dataset, batch_size, repeat=True, shuffle=None,
                 n_threads=1, order_sampler=None):
        self.dataset = dataset
        self.batch_size = batch_size
        self._repeat = repeat
        self._shuffle = shuffle
        self.order_sampler = self._init_order_sampler(shuffle, order_sampler)
        self.n_threads = n_threads
        self._pool = None
        self.reset()

    def reset(self):
        self._state = _statemachine.IteratorState(
            0, 0, False, self._initial_order())
        self._previous_epoch_detail = -1.
        self._next = None

    def finalize(self):
        p = self._pool
        self._next = None
        self._pool = None
        if p is not None:
            p.terminate()

    def __next__(self):
        if self._next is None:
            self._invoke_prefetch()
        batch = self._get()
        self._invoke_prefetch()
        return batch

    next = __next__

    def serialize(self, serializer):
        current_position = serializer('current_position',
                                      self.current_position)
        epoch = serializer('epoch', self.epoch)
        is_new_epoch = serializer('is_new_epoch', self.is_new_epoch)
        order = serializer('_order', self._state.order)
        self._state = _statemachine.IteratorState(
            current_position, epoch, is_new_epoch, order)
        self._previous_epoch_detail = serializer(
            'previous_epoch_detail', self._previous_epoch_detail)
        if self._previous_epoch_detail is None:
            self._previous_epoch_detail = -1.
        self._next = None

    @staticmethod
    def _read(args):
        dataset, index = args
        return dataset[index]

    def _invoke_prefetch(self):
        assert self._next is None
        self._next_state, indices = _statemachine.iterator_statemachine(
            self._state, self.batch_size, self.repeat, self.order_sampler,
            len(self.dataset))
        if indices is None:
            self._next = None
        else:
            if self._pool is None:
                self._pool = pool.ThreadPool(self.n_threads)
            args = [(self.dataset, index) for index in indices]
            self._next = self._pool.map_async(MultithreadIterator._read, args)

    def _get(self):
        self._previous_epoch_detail = self.epoch_detail
        self._state = self._next_state
        nxt = self._next
        if nxt is None:
            raise StopIteration
        self._next = None
        while not nxt.ready():
            nxt.wait(0.5)  # a timeout lets KeyboardInterrupt through
        return list(nxt.get())

    @property
    def repeat(self):
        return self._repeat
