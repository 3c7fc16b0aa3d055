"""chainer.links.Classifier: label keys, reporting, errors, defaults."""
import inspect

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import functions as F
from chainer_compat import links as L


def _data():
    rng = numpy.random.RandomState(0)
    return (rng.randn(4, 3).astype(numpy.float32),
            numpy.array([0, 1, 2, 1], numpy.int32))


def test_defaults_are_chainer_functions():
    sig = inspect.signature(L.Classifier.__init__)
    assert sig.parameters['lossfun'].default is F.softmax_cross_entropy
    assert sig.parameters['accfun'].default is F.accuracy
    assert sig.parameters['label_key'].default == -1
    assert L.Classifier.compute_accuracy is True


def test_attributes_and_predictor_registration():
    p = L.Linear(3, 3)
    m = L.Classifier(p)
    assert m.predictor is p and p.name == 'predictor'
    assert [n for n, _ in m.namedparams()] == ['/predictor/W',
                                               '/predictor/b']
    assert m.y is None and m.loss is None and m.accuracy is None
    x, t = _data()
    loss = m(x, t)
    assert loss is m.loss
    numpy.testing.assert_allclose(
        loss.array, F.softmax_cross_entropy(p(x), t).array, rtol=1e-6)
    numpy.testing.assert_allclose(
        m.accuracy.array, F.accuracy(p(x), t).array)
    m.compute_accuracy = False
    m(x, t)
    assert m.accuracy is None


def test_reports_loss_and_accuracy():
    m = L.Classifier(L.Linear(3, 3))
    reporter = chainer.Reporter()
    reporter.add_observer('main', m)
    obs = {}
    x, t = _data()
    with reporter.scope(obs):
        m(x, t)
    assert set(obs) == {'main/loss', 'main/accuracy'}
    numpy.testing.assert_array_equal(
        chainer.as_array(obs['main/loss']), m.loss.array)
    numpy.testing.assert_array_equal(
        chainer.as_array(obs['main/accuracy']), m.accuracy.array)


def test_label_key_errors():
    with pytest.raises(TypeError, match='label_key must be int or str'):
        L.Classifier(L.Linear(3, 3), label_key=1.5)
    x, t = _data()
    m = L.Classifier(L.Linear(3, 3), label_key=2)
    with pytest.raises(ValueError, match='Label key 2 is out of bounds'):
        m(x, t)
    m = L.Classifier(L.Linear(3, 3), label_key='t')
    with pytest.raises(ValueError, match='Label key "t" is not found'):
        m(x, u=t)
    loss = m(x, t=t)
    assert loss.shape == ()


def test_custom_lossfun_and_accfun():
    calls = []

    def lossfun(y, t):
        calls.append('loss')
        return F.sum(y)

    def accfun(y, t):
        calls.append('acc')
        return F.sum(y) * 0

    m = L.Classifier(L.Linear(3, 3), lossfun=lossfun, accfun=accfun)
    x, t = _data()
    m(x, t)
    assert calls == ['loss', 'acc']
