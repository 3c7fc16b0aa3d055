import threading
import warnings

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import reporter
from chainer_compat.serializers import npz


def _mul(a, b):
    return a * b


def test_report_with_observer_prefix():
    r = chainer.Reporter()
    obs = object()
    r.add_observer('o', obs)
    r.add_observers('p', [('/x', obs)])  # later registration wins
    observation = {}
    with r.scope(observation):
        chainer.report({'x': 1}, obs)
    assert observation == {'p/x/x': 1}


def test_report_unregistered_observer_raises():
    r = chainer.Reporter()
    with r.scope({}):
        with pytest.raises(KeyError):
            chainer.report({'x': 1}, object())


def test_report_without_reporter_is_noop():
    chainer.report({'x': 1})  # must not raise


def test_get_current_reporter_and_nesting():
    r1, r2 = chainer.Reporter(), chainer.Reporter()
    with r1:
        assert chainer.get_current_reporter() is r1
        with r2:
            assert chainer.get_current_reporter() is r2
        assert chainer.get_current_reporter() is r1


def test_report_scope_restores_observation():
    r = chainer.Reporter()
    outer = {}
    with r.scope(outer):
        inner = {}
        with chainer.report_scope(inner):
            chainer.report({'a': 1})
        chainer.report({'b': 2})
    assert inner == {'a': 1} and outer == {'b': 2}


def test_reporter_is_thread_local():
    r = chainer.Reporter()
    seen = []

    def other():
        try:
            chainer.get_current_reporter()
            seen.append('found')
        except IndexError:
            seen.append('none')

    with r:
        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert seen == ['none']


def test_variable_is_cut_from_graph_by_default():
    x = chainer.Variable(numpy.array(2., numpy.float32))
    y = _mul(x, x)
    obs = {}
    with chainer.Reporter().scope(obs):
        chainer.report({'y': y})
    assert obs['y'] is not y
    assert obs['y'].creator is None
    assert float(obs['y'].array) == 4.0
    assert y.creator is not None


def test_keep_graph_on_report_keeps_the_variable():
    x = chainer.Variable(numpy.array(2., numpy.float32))
    y = _mul(x, x)
    obs = {}
    with chainer.using_config('keep_graph_on_report', True):
        with chainer.Reporter().scope(obs):
            chainer.report({'y': y})
    assert obs['y'] is y


def test_summary_accumulates_like_numpy1_chainer():
    # Chainer (NumPy 1.x) accumulates float32 values in float64.
    s = chainer.Summary()
    s.add(numpy.float32(0.1))
    s.add(numpy.array(0.2, numpy.float32), weight=2)
    assert s._x.dtype == numpy.float64
    mean, std = s.make_statistics()
    expected = (float(numpy.float32(0.1)) + 2 * float(numpy.float32(0.2))) / 3
    assert mean == pytest.approx(expected, rel=1e-15)
    assert std >= 0


def test_summary_python_scalars_stay_python():
    s = chainer.Summary()
    s.add(3)
    s.add(5)
    assert type(s._x) is float and type(s._n) is int
    assert s.compute_mean() == 4.0


def test_dict_summary_skips_non_scalars_and_weights():
    d = chainer.DictSummary()
    d.add({'a': 1., 'v': numpy.zeros(3), 'w': (2., 3)})
    d.add({'a': chainer.Variable(numpy.array(3., numpy.float32)),
           'w': (4., 1)})
    m = d.compute_mean()
    assert set(m) == {'a', 'w'}
    assert m['a'] == 2.0
    assert m['w'] == pytest.approx((2. * 3 + 4.) / 4)
    stats = d.make_statistics()
    assert set(stats) == {'a', 'a.std', 'w', 'w.std'}


def test_dict_summary_weight_must_be_scalar():
    d = chainer.DictSummary()
    with pytest.raises(ValueError, match='not scalar'):
        d.add({'a': (1., numpy.ones(2))})


def test_dict_summary_serialize_roundtrip():
    d = chainer.DictSummary()
    d.add({'a': numpy.float32(1.5), 'b': 2.})
    d.add({'a': numpy.float32(2.5)})
    target = npz.DictionarySerializer()
    d.serialize(target)
    assert '"a"' in str(target.target['_names'])
    d2 = chainer.DictSummary()
    d2.serialize(npz.NpzDeserializer(target.target))
    assert d2.compute_mean() == pytest.approx(d.compute_mean())


def test_dict_summary_deserialize_missing_warns():
    d = chainer.DictSummary()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        d.serialize(npz.NpzDeserializer({}))
    assert any('not saved' in str(x.message) for x in w)


def test_module_exports():
    assert chainer.reporter.Reporter is reporter.Reporter
    for name in ('Reporter', 'report', 'report_scope', 'get_current_reporter',
                 'Summary', 'DictSummary'):
        assert hasattr(chainer, name)
