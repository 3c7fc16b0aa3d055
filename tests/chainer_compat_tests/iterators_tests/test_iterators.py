import copy
import pickle

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import iterators
from chainer_compat.serializers import npz


def _reference_orders(n, batch, n_batches, seed):
    """Chainer's algorithm written out: epoch orders from the global RNG."""
    numpy.random.seed(seed)
    orders = [numpy.random.permutation(n)]
    out = []
    pos = 0
    for _ in range(n_batches):
        b = []
        while len(b) < batch:
            take = min(batch - len(b), n - pos)
            b.extend(orders[-1][pos:pos + take])
            pos += take
            if pos == n:
                orders.append(numpy.random.permutation(n))
                pos = 0
        out.append(b)
    return out


@pytest.mark.parametrize('cls', [iterators.SerialIterator,
                                 iterators.MultithreadIterator])
def test_shuffle_order_matches_global_numpy_rng(cls):
    expected = _reference_orders(10, 4, 7, seed=11)
    numpy.random.seed(11)
    it = cls(list(range(10)), 4)
    got = [list(it.next()) for _ in range(7)]
    it.finalize()
    assert got == [list(b) for b in expected]


def test_multiprocess_iterator_same_order_as_serial():
    numpy.random.seed(2)
    s = iterators.SerialIterator(list(range(9)), 4)
    expected = [s.next() for _ in range(6)]
    numpy.random.seed(2)
    m = iterators.MultiprocessIterator(list(range(9)), 4, n_processes=2,
                                       n_prefetch=2)
    try:
        got = [m.next() for _ in range(6)]
        assert got == expected
        assert m.epoch == s.epoch
        assert m.epoch_detail == pytest.approx(s.epoch_detail)
    finally:
        m.finalize()


def test_epoch_wrap_fills_last_batch_and_epoch_detail():
    it = iterators.SerialIterator(list(range(5)), 3, shuffle=False)
    assert it.previous_epoch_detail is None
    b1 = it.next()
    assert b1 == [0, 1, 2] and not it.is_new_epoch
    assert it.epoch_detail == pytest.approx(0.6)
    b2 = it.next()
    assert b2 == [3, 4, 0] and it.is_new_epoch and it.epoch == 1
    assert it.epoch_detail == pytest.approx(1.2)
    assert it.previous_epoch_detail == pytest.approx(0.6)


def test_no_repeat_short_last_batch_and_stop():
    it = iterators.SerialIterator(list(range(5)), 3, repeat=False,
                                  shuffle=False)
    assert list(it) == [[0, 1, 2], [3, 4]]
    with pytest.raises(StopIteration):
        it.next()
    it.reset()
    assert it.next() == [0, 1, 2]


def test_shuffle_and_order_sampler_conflict():
    with pytest.raises(ValueError, match='order_sampler'):
        iterators.SerialIterator([1, 2], 1, shuffle=True,
                                 order_sampler=iterators.ShuffleOrderSampler())


def test_custom_order_sampler_random_state():
    rs = numpy.random.RandomState(0)
    sampler = iterators.ShuffleOrderSampler(rs)
    it = iterators.SerialIterator(list(range(6)), 6, order_sampler=sampler)
    assert it.next() == list(numpy.random.RandomState(0).permutation(6))


def test_order_sampler_wrong_size_raises():
    sizes = [4, 3]

    def sampler(order, pos):
        return numpy.arange(sizes.pop(0))

    it = iterators.SerialIterator(list(range(4)), 3, order_sampler=sampler)
    it.next()
    with pytest.raises(ValueError, match='size of order'):
        it.next()


def test_repeat_empty_dataset_raises():
    it = iterators.MultithreadIterator([], 2, shuffle=False)
    with pytest.raises(ValueError, match='positive'):
        it.next()


@pytest.mark.parametrize('cls', [iterators.SerialIterator,
                                 iterators.MultithreadIterator,
                                 iterators.MultiprocessIterator])
def test_serialize_resume_continues_identically(cls):
    kw = {'n_processes': 1} if cls is iterators.MultiprocessIterator else {}
    numpy.random.seed(0)
    it = cls(list(range(7)), 3, **kw)
    for _ in range(3):
        it.next()
    ser = npz.DictionarySerializer()
    it.serialize(ser)
    # The global RNG is not part of an iterator's state (nor in Chainer):
    # put it in the same state for both continuations.
    numpy.random.seed(42)
    rest = [it.next() for _ in range(4)]
    it.finalize()

    it2 = cls(list(range(7)), 3, **kw)
    it2.serialize(npz.NpzDeserializer(ser.target))
    assert it2.epoch == 1
    numpy.random.seed(42)
    got = [it2.next() for _ in range(4)]
    it2.finalize()
    assert got == rest


def test_multiprocess_iterator_pickle_and_copy():
    numpy.random.seed(0)
    it = iterators.MultiprocessIterator(list(range(6)), 2, n_processes=1)
    try:
        it.next()
        it2 = pickle.loads(pickle.dumps(it))
        it3 = copy.copy(it)
        nxt = it.next()
        assert it2.next() == nxt
        assert it3.next() == nxt
        it2.finalize()
        it3.finalize()
    finally:
        it.finalize()
    with pytest.raises(NotImplementedError):
        it.reset()


def test_multiprocess_timeout_warning_class():
    assert issubclass(iterators.MultiprocessIterator.TimeoutWarning,
                      RuntimeWarning)


def test_dali_iterator_with_fake_pipeline():
    class Pipe(object):
        batch_size = 4
        built = 0

        def build(self):
            self.built += 1

        def epoch_size(self):
            return {'reader': 10}

        def run(self):
            return 'batch'

    with pytest.warns(FutureWarning):
        it = iterators.DaliIterator(Pipe(), repeat=False)
    out = list(it)
    assert out == ['batch'] * 3
    assert it.epoch == 1 and it.pipeline.built == 1


def test_iterator_base_context_manager_finalizes():
    class It(chainer.dataset.Iterator):
        finalized = 0

        def finalize(self):
            self.finalized += 1
    with It() as it:
        pass
    assert it.finalized >= 1
