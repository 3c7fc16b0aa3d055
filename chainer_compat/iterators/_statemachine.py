"""Iterator state machine shared by the iterators (Chainer semantics).

With ``repeat=True`` a batch crossing the epoch end is filled from the next
epoch's order (every batch is full); with ``repeat=False`` the last batch is
short and the iterator stops after the first epoch.  The order sampler is
called once per epoch end, with the finished order and the position.
"""
import collections

import numpy


IteratorState = collections.namedtuple(
    'IteratorState', ('current_position', 'epoch', 'is_new_epoch', 'order'))


def iterator_statemachine(state, batch_size, repeat, order_sampler,
                          dataset_len):
    i, epoch, _, order = state

    if not repeat and epoch > 0:
        return state, None

    n = dataset_len if order is None else len(order)
    if repeat and n == 0:
        raise ValueError('Epoch size must be positive for an iterator '
                         'that repeats.')

    pieces = []
    i_end = i + batch_size
    is_new_epoch = False
    while i_end >= n:
        if order is None:
            pieces.append(numpy.arange(i, n, dtype=numpy.intp))
        else:
            pieces.append(order[i:n])
            new_order = order_sampler(order, i)
            if len(new_order) != len(order):
                raise ValueError('The size of order does not match '
                                 'the size of the previous order.')
            order = new_order
        epoch += 1
        is_new_epoch = True
        i = 0
        if repeat:
            i_end -= n
        else:
            i_end = 0
            break

    if order is None:
        pieces.append(numpy.arange(i, i_end, dtype=numpy.intp))
    else:
        pieces.append(order[i:i_end])

    return (IteratorState(i_end, epoch, is_new_epoch, order),
            numpy.concatenate(pieces))


class _StatefulIterator(object):
    """Mixin: epoch bookkeeping and serialization over ``self._state``."""

    def _init_order_sampler(self, shuffle, order_sampler):
        from chainer_compat.iterators.order_samplers import \
            ShuffleOrderSampler
        if shuffle is not None:
            if order_sampler is not None:
                raise ValueError('`shuffle` is not `None` and a custom '
                                 '`order_sampler` is set. Please set '
                                 '`shuffle` to `None` to use the custom '
                                 'order sampler.')
            elif shuffle:
                order_sampler = ShuffleOrderSampler()
        elif order_sampler is None:
            order_sampler = ShuffleOrderSampler()
        return order_sampler

    def _initial_order(self):
        if self.order_sampler:
            return self.order_sampler(numpy.arange(len(self.dataset)), 0)
        return None

    @property
    def current_position(self):
        return self._state.current_position

    @property
    def epoch(self):
        return self._state.epoch

    @property
    def is_new_epoch(self):
        return self._state.is_new_epoch

    @property
    def epoch_detail(self):
        return self.epoch + self.current_position / self._epoch_size

    @property
    def previous_epoch_detail(self):
        # -1 is used internally for "no previous iteration".
        if self._previous_epoch_detail < 0:
            return None
        return self._previous_epoch_detail

    @property
    def _epoch_size(self):
        order = self._state.order
        return len(self.dataset) if order is None else len(order)

    def _serialize_state(self, serializer, order):
        current_position = serializer('current_position',
                                      self.current_position)
        epoch = serializer('epoch', self.epoch)
        is_new_epoch = serializer('is_new_epoch', self.is_new_epoch)
        if order is not None:
            try:
                serializer('order', order)
            except KeyError:
                serializer('_order', order)
        return current_position, epoch, is_new_epoch, order

    def _serialize_previous(self, serializer):
        try:
            self._previous_epoch_detail = serializer(
                'previous_epoch_detail', self._previous_epoch_detail)
        except KeyError:
            # Snapshots of old Chainer versions: guess it.
            self._previous_epoch_detail = self.epoch + \
                (self.current_position - self.batch_size) / self._epoch_size
            if self.epoch_detail > 0:
                self._previous_epoch_detail = max(
                    self._previous_epoch_detail, 0.)
            else:
                self._previous_epoch_detail = -1.
