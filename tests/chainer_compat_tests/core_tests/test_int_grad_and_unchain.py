"""Integer-dtype gradients (D-050) and unchaining under built graphs (D-051).

Written against ``chainer`` only, so the same file also passes under real
Chainer 7.8.1 (``/work/chainer-ref/bin/python -m pytest <this file>``).
"""
import numpy
import pytest

import chainer
import chainer.functions as F


class Scale(chainer.FunctionNode):
    """y = k * x for any dtype; gx = k * gy in the input's dtype."""

    def __init__(self, k):
        self.k = k

    def forward(self, inputs):
        x, = inputs
        return (x * x.dtype.type(self.k)).astype(x.dtype),

    def backward(self, indexes, grad_outputs):
        gy, = grad_outputs
        return chainer.Variable(
            (gy.array * gy.dtype.type(self.k)).astype(gy.dtype)),


class Add2(chainer.FunctionNode):

    def forward(self, inputs):
        a, b = inputs
        return (a + b).astype(a.dtype),

    def backward(self, indexes, grad_outputs):
        gy, = grad_outputs
        return gy, gy


@pytest.mark.parametrize('dtype', [numpy.int8, numpy.int32, numpy.int64,
                                   numpy.uint8, numpy.uint16, numpy.uint32,
                                   numpy.uint64])
def test_integer_grads_flow_through_function_nodes(dtype):
    x = chainer.Variable(numpy.array([1, 2, 3], dtype))
    h = F.identity(x)
    a = Scale(3).apply((h,))[0]
    b = Scale(5).apply((h,))[0]
    y = Add2().apply((a, b))[0]
    assert y.dtype == dtype
    y.grad = numpy.array([1, 2, 7], dtype)
    y.backward()
    assert x.grad is not None
    assert x.grad.dtype == dtype
    expected = (numpy.array([1, 2, 7], dtype) * dtype(8)).astype(dtype)
    numpy.testing.assert_array_equal(x.grad, expected)
    # a second backward accumulates into the leaf, as in Chainer
    y.grad = numpy.array([1, 2, 7], dtype)
    y.backward()
    numpy.testing.assert_array_equal(x.grad, (expected * dtype(2)).astype(
        dtype))


def test_integer_grads_wrap_like_numpy():
    x = chainer.Variable(numpy.array([100, -100], numpy.int8))
    y = Scale(1).apply((x,))[0]
    z = Add2().apply((y, y))[0]
    z.grad = numpy.array([100, -100], numpy.int8)
    z.backward()
    # 100 + 100 wraps to -56 in int8
    numpy.testing.assert_array_equal(x.grad, numpy.array([-56, 56],
                                                         numpy.int8))


def test_unsigned_variable_arithmetic():
    for dtype in (numpy.uint16, numpy.uint32, numpy.uint64):
        a = chainer.Variable(numpy.array([1, 5], dtype))
        b = chainer.Variable(numpy.array([2, 3], dtype))
        numpy.testing.assert_array_equal((a + b).array,
                                         numpy.array([3, 8], dtype))
        numpy.testing.assert_array_equal(
            (a - b).array, numpy.array([1, 5], dtype) - numpy.array(
                [2, 3], dtype))
        numpy.testing.assert_array_equal((a * 3).array,
                                         numpy.array([3, 15], dtype))
        assert (a + b).dtype == dtype


def _chain():
    x = chainer.Variable(numpy.array([1., 2.], numpy.float32))
    h = x * 2
    z = F.sum(h * 3)
    return x, h, z


def test_unchain_nonleaf_stops_backprop_of_existing_graph():
    x, h, z = _chain()
    h.unchain()
    assert h.creator is None
    z.backward()
    numpy.testing.assert_array_equal(h.grad, [3., 3.])
    assert x.grad is None


def test_set_creator_back_reconnects():
    x, h, z = _chain()
    creator = h.creator_node
    h.creator_node = None
    h.creator_node = creator
    z.backward()
    numpy.testing.assert_array_equal(x.grad, [6., 6.])


def test_unchain_backward_from_middle():
    x, h, z = _chain()
    h.unchain_backward()
    z.backward()
    assert x.grad is None


def test_unchain_one_output_of_split():
    x = chainer.Variable(numpy.arange(4, dtype=numpy.float32))
    a, b = F.split_axis(x * 1, 2, axis=0)
    z = F.sum(a * 2) + F.sum(b * 3)
    a.unchain()
    z.backward()
    numpy.testing.assert_array_equal(a.grad, [2., 2.])
    numpy.testing.assert_array_equal(x.grad, [0., 0., 3., 3.])


def test_chainer_grad_with_integer_variables():
    x = chainer.Variable(numpy.array([1, 2], numpy.int32))
    y = Scale(3).apply((x,))[0]
    gx, = chainer.grad([y], [x], grad_outputs=[
        chainer.Variable(numpy.array([1, 4], numpy.int32))])
    assert gx.dtype == numpy.int32
    numpy.testing.assert_array_equal(gx.array, [3, 12])
    assert x.grad is None


def test_truncated_bptt_frees_earlier_windows():
    # unchain_backward must not keep the variables of earlier windows alive
    # (the state variable carried into the next window links them)
    import gc
    import weakref
    h = chainer.Variable(numpy.ones(3, numpy.float32))
    refs = []
    for window in range(3):
        for step in range(3):
            h = h * 2
            refs.append(weakref.ref(h))
        loss = F.sum(h)
        loss.backward()
        loss.unchain_backward()
    del loss
    gc.collect()
    assert [r() is None for r in refs[:-1]] == [True] * (len(refs) - 1)
    assert refs[-1]() is h


def test_rank_and_unchain_backward_on_a_deep_graph():
    # ranks are computed without recursion (and remembered), so a long
    # unrolled graph neither overflows the stack nor goes quadratic
    x = chainer.Variable(numpy.ones(2, numpy.float32))
    h = x
    for _ in range(3000):
        h = h * 1
    assert h.rank == 3000
    assert h.creator.rank == 2999
    h.unchain_backward()
    assert h.creator is None
    assert h.rank == 3000
