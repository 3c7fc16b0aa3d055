"""F1: special functions (Chainer computes them with SciPy on CPU; the
reference venv has no SciPy, so these are checked against SciPy here)."""
import numpy
import pytest

import chainer_compat as chainer
import chainer_compat.functions as F
from chainer_compat.utils import type_check

special = pytest.importorskip('scipy.special')


def _grad(f, x):
    v = chainer.Variable(x)
    y = f(v)
    y.grad = numpy.ones_like(y.array)
    y.backward()
    return y.array, v.grad


CASES = {
    # name: (scipy forward, derivative, domain)
    'erf': (special.erf, lambda x: 2 / numpy.sqrt(numpy.pi) * numpy.exp(-x * x),
            (-2, 2)),
    'erfc': (special.erfc,
             lambda x: -2 / numpy.sqrt(numpy.pi) * numpy.exp(-x * x), (-2, 2)),
    'erfcx': (special.erfcx,
              lambda x: 2 * x * special.erfcx(x) - 2 / numpy.sqrt(numpy.pi),
              (-1, 3)),
    'erfinv': (special.erfinv,
               lambda x: numpy.sqrt(numpy.pi) / 2 * numpy.exp(
                   special.erfinv(x) ** 2), (-0.9, 0.9)),
    'erfcinv': (special.erfcinv,
                lambda x: -numpy.sqrt(numpy.pi) / 2 * numpy.exp(
                    special.erfcinv(x) ** 2), (0.1, 1.9)),
    'ndtr': (special.ndtr,
             lambda x: numpy.exp(-x * x / 2) / numpy.sqrt(2 * numpy.pi),
             (-3, 3)),
    'ndtri': (special.ndtri,
              lambda x: numpy.sqrt(2 * numpy.pi) * numpy.exp(
                  special.ndtri(x) ** 2 / 2), (0.05, 0.95)),
    'log_ndtr': (special.log_ndtr,
                 lambda x: numpy.exp(-x * x / 2) / numpy.sqrt(2 * numpy.pi)
                 / special.ndtr(x), (-5, 3)),
    'lgamma': (special.gammaln, special.digamma, (0.5, 4)),
    'digamma': (special.digamma, lambda x: special.polygamma(1, x), (0.5, 4)),
}


@pytest.mark.parametrize('name', sorted(CASES))
@pytest.mark.parametrize('dtype', [numpy.float32, numpy.float64])
def test_forward_backward(name, dtype):
    fwd, dfn, (lo, hi) = CASES[name]
    x = numpy.random.RandomState(0).uniform(lo, hi, (3, 4)).astype(dtype)
    y, gx = _grad(getattr(F, name), x)
    tol = 1e-5 if dtype == numpy.float32 else 1e-10
    assert y.dtype == dtype and gx.dtype == dtype
    numpy.testing.assert_allclose(y, fwd(x.astype(numpy.float64)),
                                  rtol=tol * 10, atol=tol * 10)
    numpy.testing.assert_allclose(gx, dfn(x.astype(numpy.float64)),
                                  rtol=tol * 100, atol=tol * 100)


@pytest.mark.parametrize('name', sorted(CASES))
def test_float16(name):
    fwd, _, (lo, hi) = CASES[name]
    x = numpy.random.RandomState(1).uniform(lo, hi, (5,)).astype(
        numpy.float16)
    y = getattr(F, name)(x)
    assert y.dtype == numpy.float16
    numpy.testing.assert_allclose(
        y.array, fwd(x.astype(numpy.float64)), rtol=1e-2, atol=1e-2)


@pytest.mark.parametrize('name,label,argname', [
    ('erf', 'erf', 'x'), ('lgamma', 'lgamma', 'x'),
    ('erfcx', 'erfcx', 'in_types[0]'), ('ndtri', 'ndtri', 'in_types[0]'),
    ('exp', 'exp', 'in_types[0]'), ('log', 'log', 'x')])
def test_int_input_invalid_type(name, label, argname):
    with pytest.raises(type_check.InvalidType) as e:
        getattr(F, name)(numpy.arange(3, dtype=numpy.int32))
    msg = str(e.value)
    assert 'Invalid operation is performed in: {} (Forward)'.format(
        label) in msg
    assert 'Expect: {}.dtype.kind == f'.format(argname) in msg
    assert 'Actual: i != f' in msg


@pytest.mark.parametrize('dtype', [numpy.float32, numpy.float64])
def test_polygamma(dtype):
    n = numpy.array([[0, 1, 2], [3, 0, 1]], numpy.int32)
    x = numpy.random.RandomState(0).uniform(0.5, 3, (2, 3)).astype(dtype)
    xv = chainer.Variable(x)
    y = F.polygamma(n, xv)
    assert y.dtype == dtype
    numpy.testing.assert_allclose(y.array, special.polygamma(n, x),
                                  rtol=1e-5)
    y.grad = numpy.ones_like(y.array)
    y.backward()
    numpy.testing.assert_allclose(xv.grad, special.polygamma(n + 1, x),
                                  rtol=1e-4)
    with pytest.raises(type_check.InvalidType) as e:
        F.polygamma(n.astype(numpy.float32), x)
    assert 'n.dtype.kind == i' in str(e.value)


@pytest.mark.parametrize('dtype', [numpy.float32, numpy.float64])
def test_zeta(dtype):
    q = numpy.random.RandomState(0).uniform(0.5, 3, (2, 3)).astype(dtype)
    qv = chainer.Variable(q)
    y = F.zeta(2.5, qv)
    assert y.dtype == dtype
    numpy.testing.assert_allclose(y.array, special.zeta(2.5, q), rtol=1e-5)
    y.grad = numpy.ones_like(y.array)
    y.backward()
    numpy.testing.assert_allclose(qv.grad, -2.5 * special.zeta(3.5, q),
                                  rtol=1e-4)
    assert y.creator.label == 'zeta'


def test_double_backward_lgamma():
    x = chainer.Variable(numpy.array([0.7, 1.5, 2.5]))
    y = F.lgamma(x)
    one = chainer.Variable(numpy.ones(3))
    gx, = chainer.grad([y], [x], [one], enable_double_backprop=True)
    ggx, = chainer.grad([gx], [x], [one])
    numpy.testing.assert_allclose(ggx.array,
                                  special.polygamma(1, x.array), rtol=1e-8)
