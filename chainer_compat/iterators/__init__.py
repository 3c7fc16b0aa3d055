"""Dataset iterators (``chainer.iterators``)."""
from chainer_compat.iterators.dali_iterator import DaliIterator  # NOQA
from chainer_compat.iterators.multiprocess_iterator import MultiprocessIterator  # NOQA
from chainer_compat.iterators.multithread_iterator import MultithreadIterator  # NOQA
from chainer_compat.iterators.serial_iterator import SerialIterator  # NOQA
from chainer_compat.iterators.order_samplers import OrderSampler  # NOQA
from chainer_compat.iterators.order_samplers import ShuffleOrderSampler  # NOQA
