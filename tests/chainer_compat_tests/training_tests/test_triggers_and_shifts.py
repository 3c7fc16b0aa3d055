import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import training
from chainer_compat.serializers import npz
from chainer_compat.training import extensions as E
from chainer_compat.training import triggers as T

from tests.chainer_compat_tests.training_tests._util import make_updater


class _Updater(object):
    def __init__(self, iters_per_epoch=4):
        self.iteration = 0
        self.n = iters_per_epoch
        self.previous_epoch_detail = None

    @property
    def epoch_detail(self):
        return self.iteration / self.n

    @property
    def epoch(self):
        return self.iteration // self.n

    def step(self):
        self.previous_epoch_detail = self.epoch_detail
        self.iteration += 1


class _Trainer(object):
    def __init__(self):
        self.updater = _Updater()
        self.observation = {}
        self.elapsed_time = 0.


def _fire(trigger, n, obs=None):
    tr = _Trainer()
    out = []
    for i in range(n):
        tr.updater.step()
        tr.observation = obs[i] if obs else {}
        out.append(trigger(tr))
    return out


def test_interval_trigger():
    assert _fire(T.IntervalTrigger(3, 'iteration'), 7) == \
        [False, False, True, False, False, True, False]
    assert _fire(T.IntervalTrigger(1, 'epoch'), 8) == \
        [False, False, False, True] * 2
    t = training.get_trigger((2, 'epoch'))
    assert isinstance(t, T.IntervalTrigger) and str(t) == \
        "IntervalTrigger(2, 'epoch')"
    assert t.get_training_length() == (2, 'epoch')
    with pytest.raises(ValueError):
        T.IntervalTrigger(1, 'second')
    assert training.get_trigger(None)(None) is False


def test_interval_trigger_serialize_missing_keys_warns():
    t = T.IntervalTrigger(2, 'iteration')
    with pytest.warns(UserWarning):
        t.serialize(npz.NpzDeserializer({}))
    assert t._previous_iteration == -1


def test_manual_schedule_trigger():
    t = T.ManualScheduleTrigger([2, 5], 'iteration')
    assert _fire(t, 6) == [False, True, False, False, True, False]
    assert t.finished
    t = T.ManualScheduleTrigger(0.5, 'epoch')
    assert _fire(t, 3) == [False, True, False]


def test_min_max_value_triggers():
    obs = [{'v': x} for x in [3., 1., 2., 0.5, 4., 5., 1., 1.]]
    tmax = T.MaxValueTrigger('v', trigger=(2, 'iteration'))
    tmin = T.MinValueTrigger('v', trigger=(2, 'iteration'))
    # interval means: 2, 1.25, 4.5, 1
    assert _fire(tmax, 8, obs) == [False, True, False, False,
                                   False, True, False, False]
    assert _fire(tmin, 8, obs) == [False, True, False, True,
                                   False, False, False, True]


def test_once_and_time_triggers():
    t = T.OnceTrigger()
    assert _fire(t, 3) == [True, False, False]
    assert t.finished
    t = T.OnceTrigger(call_on_resume=True)
    ser = npz.DictionarySerializer()
    t.serialize(ser)
    t2 = T.OnceTrigger(call_on_resume=True)
    t2.serialize(npz.NpzDeserializer(ser.target))
    assert _fire(t2, 2) == [True, False]

    tt = T.TimeTrigger(1.)
    tr = _Trainer()
    res = []
    for et in (0.5, 1.2, 1.5, 2.1):
        tr.elapsed_time = et
        res.append(tt(tr))
    assert res == [False, True, False, True]


def test_early_stopping_trigger():
    obs = [{'main/loss': v} for v in
           [5., 5., 4., 4., 4.5, 4.5, 4.6, 4.6, 4.7, 4.7]]
    t = T.EarlyStoppingTrigger(check_trigger=(2, 'iteration'), patience=2,
                               max_trigger=(100, 'iteration'))
    assert _fire(t, 10, obs) == [False] * 5 + [False, False, True,
                                               False, True]
    t = T.EarlyStoppingTrigger(max_trigger=(3, 'iteration'))
    assert t.get_training_length() == (3, 'iteration')
    with pytest.raises(TypeError):
        T.EarlyStoppingTrigger(patience=1, patients=2)
    assert T.EarlyStoppingTrigger(monitor='main/accuracy').best == \
        float('-inf')


def _run_shift(ext, n, attr='lr', init_lr=0.1):
    updater, _, opt = make_updater(lr=init_lr)
    trainer = training.Trainer(updater, (n, 'iteration'), out='/tmp/_trn_x')
    vals = []
    trainer.extend(ext, trigger=(1, 'iteration'))
    trainer.extend(lambda tr: vals.append(getattr(opt, attr)),
                   name='rec', priority=0)
    trainer.run()
    return vals


def test_shifts():
    v = _run_shift(E.ExponentialShift('lr', 0.5, target=0.02), 4)
    assert v == pytest.approx([0.05, 0.025, 0.02, 0.02])
    v = _run_shift(E.StepShift('lr', 0.5, 2), 4)
    assert v == pytest.approx([0.1, 0.05, 0.05, 0.025])
    v = _run_shift(E.LinearShift('lr', (1., 2.), (1, 3)), 4)
    assert v == pytest.approx([1., 1.5, 2., 2.])
    v = _run_shift(E.MultistepShift('lr', 0.1, [2, 3], 1.), 4)
    assert v == pytest.approx([1., 0.1, 0.01, 0.01])
    v = _run_shift(E.PolynomialShift('lr', 1., 4), 4)
    assert v == pytest.approx([0.075, 0.05, 0.025, 0.])
    v = _run_shift(E.InverseShift('lr', 1., 1.), 2)
    assert v == pytest.approx([0.05, 0.1 / 3])
    v = _run_shift(E.WarmupShift('lr', 0., 2, 0.2), 3)
    assert v == pytest.approx([0.1, 0.2, 0.2])
    with pytest.raises(ValueError):
        E.ExponentialShift('lr', -1.)


def test_shift_serialize_restores_last_value():
    ext = E.ExponentialShift('lr', 0.5)
    ext._t, ext._last_value = 3, 0.125
    ser = npz.DictionarySerializer()
    ext.serialize(ser)
    ext2 = E.ExponentialShift('lr', 0.5)
    ext2.serialize(npz.NpzDeserializer(ser.target))
    assert ext2._t == 3 and ext2._last_value == 0.125
    assert isinstance(ext2._last_value, float)


def test_observe_value_and_lr(tmp_path):
    updater, _, opt = make_updater(lr=0.3)
    trainer = training.Trainer(updater, (2, 'iteration'), out=str(tmp_path))
    trainer.extend(E.observe_lr(), trigger=(1, 'iteration'))
    trainer.extend(E.observe_value('it', lambda tr: tr.updater.iteration),
                   trigger=(1, 'iteration'))
    trainer.run()
    assert trainer.observation['lr'] == 0.3
    assert trainer.observation['it'] == 2


def test_fail_on_nonnumber(tmp_path):
    updater, model, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'iteration'), out=str(tmp_path))
    trainer.extend(E.FailOnNonNumber())
    model.predictor.W.array[0, 0] = numpy.nan
    with pytest.raises(RuntimeError, match='diverge'):
        trainer.run()


def test_micro_average():
    ext = E.MicroAverage('n', 'd', 'r', trigger=(2, 'iteration'))
    tr = _Trainer()
    r = chainer.Reporter()
    results = []
    for num, den in [(1, 2), (2, 2), (3, 4)]:
        tr.updater.step()
        tr.observation = {'n': num, 'd': den}
        with r.scope(tr.observation):
            ext(tr)
        results.append(tr.observation.get('r'))
    assert results == [None, 0.75, None]


def test_parameter_statistics(tmp_path):
    updater, model, _ = make_updater()
    trainer = training.Trainer(updater, (1, 'iteration'), out=str(tmp_path))
    trainer.extend(E.ParameterStatistics(model.predictor, prefix='ps',
                                         trigger=(1, 'iteration')),
                   trigger=(1, 'iteration'))
    trainer.run()
    obs = trainer.observation
    W = model.predictor.W
    mean = obs['ps/predictor/W/data/mean']
    assert mean == pytest.approx(float(W.array.mean()))
    assert 'ps/predictor/W/grad/std' in obs
    assert 'ps/predictor/b/data/percentile/6' in obs


def test_unchain_variables(tmp_path):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'iteration'), out=str(tmp_path))
    seen = []
    trainer.extend(E.unchain_variables())
    trainer.extend(lambda tr: seen.append(tr.observation['main/loss'].creator),
                   name='probe', priority=-1)
    with chainer.using_config('keep_graph_on_report', True):
        trainer.run()
    assert seen[-1] is None
