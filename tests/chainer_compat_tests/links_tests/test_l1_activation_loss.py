"""Facade unit tests: activation and loss links."""
import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import links as L
from chainer_compat.utils import type_check


def test_maxout_initializer_shapes():
    with pytest.raises(ValueError, match='initialW.ndim'):
        L.Maxout(3, 2, 2, initialW=numpy.zeros((4, 3), 'f'))
    with pytest.raises(ValueError, match='initial_bias.ndim'):
        L.Maxout(3, 2, 2, initial_bias=numpy.zeros(4, 'f'))
    seen = []

    def init(a):
        seen.append(a.shape)
        a[...] = 1
    m = L.Maxout(3, 2, 4, initialW=init, initial_bias=None)
    assert seen == [(2, 4, 3)]
    assert m.linear.W.shape == (8, 3) and m.linear.b is None
    y = m(numpy.ones((1, 3), numpy.float32))
    assert y.shape == (1, 2)


def test_prelu_swish_params():
    p = L.PReLU((2,))
    numpy.testing.assert_array_equal(p.W.array, [0.25, 0.25])
    s = L.Swish(None, beta_init=2.)
    assert s.beta.array is None
    s(numpy.zeros((2, 3), numpy.float32))
    numpy.testing.assert_array_equal(s.beta.array, [2., 2., 2.])


def test_simplified_dropconnect_mask_persistent_once():
    l = L.SimplifiedDropconnect(3, 2)
    mask = numpy.ones((1, 2, 3), numpy.float32)
    x = numpy.ones((1, 3), numpy.float32)
    l(x, mask=mask)
    l(x, mask=mask)   # second call must not re-register
    assert 'mask' in l._persistent
    # Chainer: only the ``train`` argument disables the mask (not config).
    y = l(x, train=False)
    numpy.testing.assert_allclose(y.array, x.dot(l.W.array.T) + l.b.array,
                                  rtol=1e-6)


def test_huffman_tree():
    f = L.BinaryHierarchicalSoftmax.create_huffman_tree
    with pytest.raises(ValueError, match='Empty'):
        f({})
    assert f({'x': 1}) == 'x'
    assert f({'a': 3, 'b': 1, 'c': 1}) == (('b', 'c'), 'a')


def test_hsm_shapes_and_type_check():
    tree = ((0, 1), 2)
    l = L.BinaryHierarchicalSoftmax(3, tree)
    assert l.W.shape == (2, 3)
    x = numpy.random.randn(2, 3).astype(numpy.float32)
    with pytest.raises(type_check.InvalidType) as e:
        l(x, numpy.array([0, 1], numpy.int64))
    assert 'in_types[1].dtype == <class \'numpy.int32\'>' in str(e.value)
    assert 'BinaryHierarchicalSoftmaxFunction (Forward)' in str(e.value)
    y = l(x, numpy.array([0, 2], numpy.int32))
    assert y.shape == () and y.creator is not None
    with pytest.raises(ValueError, match='two child'):
        L.BinaryHierarchicalSoftmax(2, ((0, 1, 2), 3))


def test_hsm_double_backward():
    tree = ((0, 1), 2)
    l = L.BinaryHierarchicalSoftmax(2, tree)
    x = chainer.Variable(numpy.random.randn(2, 2).astype(numpy.float64))
    l.W.array = l.W.array.astype(numpy.float64)
    y = l(x, numpy.array([1, 2], numpy.int32))
    gx, = chainer.grad([y], [x], enable_double_backprop=True)
    (gx * gx).array.sum()
    ggx, = chainer.grad([chainer.functions.sum(gx * gx)], [x])
    assert ggx.shape == (2, 2)


def test_crf1d_default_cost_zero():
    c = L.CRF1d(3)
    assert c.cost.shape == (3, 3) and not c.cost.array.any()


def test_negative_sampling_and_blackout_params():
    ns = L.NegativeSampling(3, [1, 2, 3], 2)
    assert ns.W.shape == (3, 3) and not ns.W.array.any()
    bo = L.BlackOut(3, [1, 2, 3, 4], 2)
    assert bo.W.shape == (4, 3) and numpy.isnan(bo.W.array).all()
