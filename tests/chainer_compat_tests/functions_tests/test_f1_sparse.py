"""F1: sparse_matmul / CooMatMul and einsum node classes (the reference
venv has no SciPy, so these are checked against dense numpy here)."""
import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat import utils


def _sparse(shape, seed):
    a = numpy.random.RandomState(seed).uniform(0.5, 1, shape)
    a[a < 0.75] = 0
    return a.astype(numpy.float32)


@pytest.mark.parametrize('transa', [False, True])
@pytest.mark.parametrize('transb', [False, True])
@pytest.mark.parametrize('nb', [0, 2])
def test_sparse_dense(transa, transb, nb):
    batch = (nb,) if nb else ()
    a = _sparse(batch + ((4, 3) if transa else (3, 4)), 0)
    b = _sparse(batch + ((2, 4) if transb else (4, 2)), 1)
    aa = a.swapaxes(-1, -2) if transa else a
    bb = b.swapaxes(-1, -2) if transb else b
    expected = numpy.matmul(aa, bb)
    sp_a = utils.to_coo(a, requires_grad=True)
    bv = chainer.Variable(b)
    c = F.sparse_matmul(sp_a, bv, transa=transa, transb=transb)
    numpy.testing.assert_allclose(c.array, expected, rtol=1e-6)
    c.grad = numpy.ones_like(c.array)
    c.backward()
    # d(sum C)/dA restricted to the stored entries
    gdense = numpy.matmul(numpy.ones_like(expected),
                          bb.swapaxes(-1, -2))
    if transa:
        gdense = gdense.swapaxes(-1, -2)
    row, col = sp_a.row, sp_a.col
    if nb:
        want = numpy.stack([gdense[i][row[i], col[i]] for i in range(nb)])
        want[row < 0] = 0
    else:
        want = gdense[row, col]
    numpy.testing.assert_allclose(sp_a.data.grad, want, rtol=1e-5)
    # dense x sparse
    sp_b = utils.to_coo(b)
    c2 = F.sparse_matmul(a, sp_b, transa=transa, transb=transb)
    numpy.testing.assert_allclose(c2.array, expected, rtol=1e-6)


def test_sparse_invalid():
    a = numpy.ones((3, 3), numpy.float32)
    with pytest.raises(ValueError, match='combination of type'):
        F.sparse_matmul(a, a)
    sp = utils.to_coo(numpy.ones((2, 3, 3), numpy.float32))
    with pytest.raises(chainer.utils.type_check.InvalidType):
        F.sparse_matmul(sp, a)


def test_coomatmul_class():
    a = _sparse((3, 4), 2)
    b = _sparse((4, 2), 3)
    sp = utils.to_coo(a)
    node = F.math.sparse_matmul.CooMatMul(sp.row, sp.col, sp.shape,
                                          sp.order)
    y, = node.apply((sp.data.array, b))
    numpy.testing.assert_allclose(y.array, a.dot(b), rtol=1e-6)


def test_diag_einsum():
    from chainer_compat.functions.math import einsum
    x = numpy.arange(3, dtype=numpy.float64)
    y, = einsum.DiagEinSum(in_subs='i', out_sub='ij',
                           out_shape=(3, 2)).apply((x,))
    numpy.testing.assert_array_equal(y.array, numpy.repeat(x[:, None], 2, 1))
    y, = einsum.DiagEinSum(in_subs='i', out_sub='ii',
                           out_shape=(3, 3)).apply((x,))
    numpy.testing.assert_array_equal(y.array, numpy.diag(x))
    with pytest.raises(ValueError, match='summing over Ellipsis'):
        F.einsum('...->', x)
