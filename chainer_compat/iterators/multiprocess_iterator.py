"""``chainer.iterators.MultiprocessIterator``: examples read by processes.

Order semantics are Chainer's (same state machine and order sampler, run
in the main process; up to ``n_prefetch`` batches are planned ahead).
Examples are read by a ``multiprocessing`` pool (fork start method where
available) and pickled back; Chainer's shared-memory transport
(``shared_mem``) is not used -- the argument is accepted and ignored
(docs/divergences.md D-810).
"""
import collections
import multiprocessing
import time
import warnings

from chainer_compat.dataset import iterator
from chainer_compat.iterators import _statemachine


_response_time = 0.1
_worker_dataset = None


def _raise_timeout_warning():
    warnings.warn(
        'Stalled dataset is detected. '
        'See the documentation of MultiprocessIterator for common causes and '
        'workarounds:\n'
        'https://docs.chainer.org/en/stable/reference/generated/'
        'chainer.iterators.MultiprocessIterator.html',
        MultiprocessIterator.TimeoutWarning)


def _fetch_setup(dataset):
    global _worker_dataset
    _worker_dataset = dataset


def _fetch_run(index):
    return _worker_dataset[index]


def _mp_context():
    try:
        return multiprocessing.get_context('fork')
    except ValueError:
        return multiprocessing.get_context()


class MultiprocessIterator(_statemachine._StatefulIterator,
                           iterator.Iterator):

    """Dataset iterator that loads examples in parallel worker processes.

    Attributes (as Chainer): ``dataset``, ``batch_size``, ``repeat``,
    ``shuffle``, ``n_processes``, ``n_prefetch``, ``shared_mem``,
    ``dataset_timeout``, ``order_sampler``.
    """

    class TimeoutWarning(RuntimeWarning):
        pass

    _interruption_testing = False  # for testing (Chainer attribute)
    _finalized = False
    _pool = None

    def __init__(self, dataset, batch_size, repeat=True, shuffle=None,
                 n_processes=None, n_prefetch=1, shared_mem=None,
                 order_sampler=None, dataset_timeout=30.0,
                 maxtasksperchild=None):
        self.dataset = dataset
        self.batch_size = batch_size
        self.repeat = repeat
        self.shuffle = shuffle
        self.n_processes = n_processes or multiprocessing.cpu_count()
        self.n_prefetch = max(n_prefetch, 1)
        self.shared_mem = shared_mem
        self.dataset_timeout = dataset_timeout
        self._maxtasksperchild = maxtasksperchild
        self.order_sampler = self._init_order_sampler(shuffle, order_sampler)
        self._initialize_loop()

    def _initialize_loop(self):
        self._queue = collections.deque()
        self._pool = None
        self.reset()

    # -- prefetching ---------------------------------------------------------
    def _get_pool(self):
        if self._pool is None:
            self._pool = _mp_context().Pool(
                self.n_processes, initializer=_fetch_setup,
                initargs=(self.dataset,),
                maxtasksperchild=self._maxtasksperchild)
        return self._pool

    def _fill_queue(self):
        while len(self._queue) < self.n_prefetch:
            state = self._queue[-1][1] if self._queue else self._plan_state
            if state is None:  # stopped
                return
            new_state, indices = _statemachine.iterator_statemachine(
                state, self.batch_size, self.repeat, self.order_sampler,
                len(self.dataset))
            if indices is None:
                self._queue.append((None, None, state))
                return
            result = self._get_pool().map_async(
                _fetch_run, [int(i) for i in indices])
            self._queue.append((result, new_state, None))

    def __next__(self):
        if self._finalized:
            raise StopIteration
        self._fill_queue()
        result, state, stop_state = self._queue.popleft()
        self._previous_epoch_detail = self.epoch_detail
        if result is None:
            self._state = stop_state
            self._queue.appendleft((None, None, stop_state))
            raise StopIteration
        start = time.time()
        while not result.ready():
            result.wait(_response_time)
            if (self.dataset_timeout is not None and
                    time.time() - start > self.dataset_timeout):
                _raise_timeout_warning()
                start = time.time()
        batch = list(result.get())
        self._state = state
        self._plan_state = state if not self._queue else self._plan_state
        self._fill_queue()
        return batch

    next = __next__

    def finalize(self):
        if self._finalized:
            return
        pool = self._pool
        self._pool = None
        self._queue = collections.deque()
        if pool is not None:
            pool.terminate()
        self._finalized = True

    def __copy__(self):
        other = MultiprocessIterator(
            self.dataset, self.batch_size, self.repeat, shuffle=None,
            n_processes=self.n_processes, n_prefetch=self.n_prefetch,
            shared_mem=self.shared_mem, order_sampler=self.order_sampler)
        other._reset_state(self.current_position, self.epoch,
                           self.is_new_epoch, self._state.order)
        other._previous_epoch_detail = self._previous_epoch_detail
        return other

    def serialize(self, serializer):
        order = self._state.order
        if order is not None:
            order = order.copy()
        state = self._serialize_state(serializer, order)
        self._reset_state(*state)
        self._serialize_previous(serializer)

    def reset(self):
        order = self._initial_order()
        self._reset_state(0, 0, False, order)
        self._previous_epoch_detail = -1.

    def _reset_state(self, current_position, epoch, is_new_epoch, order):
        if self._finalized:
            raise NotImplementedError(
                'Reset of finalized MultiProcessIterator is currently not '
                'supported.')
        self._state = _statemachine.IteratorState(
            current_position, epoch, is_new_epoch, order)
        self._queue = collections.deque()  # drop planned batches
        self._plan_state = self._state

    def __getstate__(self):
        state = {
            'current_position': self.current_position,
            'epoch': self.epoch,
            'is_new_epoch': self.is_new_epoch,
            'order': (None if self._state.order is None
                      else self._state.order.copy()),
            'previous_epoch_detail': self._previous_epoch_detail,
        }
        init = self.__dict__.copy()
        for k in ('_queue', '_state', '_pool', '_plan_state'):
            init.pop(k, None)
        state['init'] = init
        return state

    def __setstate__(self, state):
        self.__dict__.update(state['init'])
        self._initialize_loop()
        self._reset_state(state['current_position'], state['epoch'],
                          state['is_new_epoch'], state['order'])
        self._previous_epoch_detail = state['previous_epoch_detail']
