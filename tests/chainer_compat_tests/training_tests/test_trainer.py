import io
import json
import os

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import training
from chainer_compat.training import extensions as E

from tests.chainer_compat_tests.training_tests._util import make_updater
from tests.chainer_compat_tests.training_tests._util import toy_data


def test_extension_priority_order_and_names(tmp_path):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'iteration'), out=str(tmp_path))
    calls = []

    def mk(tag, priority):
        @training.make_extension(priority=priority)
        def ext(tr):
            calls.append(tag)
        return ext

    trainer.extend(mk('reader', training.PRIORITY_READER), name='r')
    trainer.extend(mk('writer', training.PRIORITY_WRITER), name='w')
    trainer.extend(mk('editor', training.PRIORITY_EDITOR), name='e')
    trainer.extend(mk('reader2', training.PRIORITY_READER), name='r')
    assert trainer.get_extension('r_1') is not None
    trainer.run()
    assert calls == ['writer', 'editor', 'reader', 'reader2'] * 2
    with pytest.raises(RuntimeError, match='multiple times'):
        trainer.run()
    with pytest.raises(ValueError, match='not found'):
        trainer.get_extension('nope')
    with pytest.raises(ValueError, match='training'):
        trainer.extend(mk('x', 1), name='training')


def test_elapsed_time_and_before_training(tmp_path):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (1, 'iteration'), out=str(tmp_path))
    with pytest.raises(RuntimeError, match='not been started'):
        trainer.elapsed_time
    seen = []
    trainer.extend(lambda tr: seen.append(tr.is_before_training),
                   name='probe', call_before_training=True)
    trainer.run()
    assert seen == [True, False]
    assert trainer.elapsed_time > 0


def test_on_error_and_finalize_called(tmp_path, capsys):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (5, 'iteration'), out=str(tmp_path))
    events = []

    class Ext(training.Extension):
        def __call__(self, tr):
            if tr.updater.iteration == 2:
                raise ValueError('boom')

        def on_error(self, tr, exc, tb):
            events.append(('on_error', str(exc), tb is not None))

        def finalize(self):
            events.append('finalize')

    trainer.extend(Ext())
    with pytest.raises(ValueError, match='boom'):
        trainer.run()
    assert events == [('on_error', 'boom', True), 'finalize']
    err = capsys.readouterr().err
    assert 'Exception in main training loop: boom' in err


def test_extension_base_behaviour():
    ext = training.Extension()
    assert ext.default_name == 'Extension'
    assert ext.trigger == (1, 'iteration')
    assert ext.priority == training.PRIORITY_READER
    with pytest.raises(AttributeError, match='removed'):
        ext.invoke_before_training
    with pytest.raises(NotImplementedError):
        ext(None)
    with pytest.raises(ValueError, match='removed'):
        training.make_extension(invoke_before_training=True)


def test_reporter_observers_registered(tmp_path):
    updater, model, _ = make_updater()
    trainer = training.Trainer(updater, (1, 'iteration'), out=str(tmp_path))
    trainer.run()
    assert set(trainer.observation) >= {'main/loss', 'main/accuracy'}


def test_log_report_file_and_keys(tmp_path):
    updater, model, _ = make_updater()
    ds = toy_data()
    trainer = training.Trainer(updater, (2, 'epoch'), out=str(tmp_path))
    trainer.extend(E.Evaluator(chainer.iterators.SerialIterator(
        ds, 8, repeat=False, shuffle=False), model))
    trainer.extend(E.LogReport())
    trainer.run()
    with open(os.path.join(str(tmp_path), 'log')) as f:
        log = json.load(f)
    assert len(log) == 2
    assert set(log[0]) == {'main/loss', 'main/accuracy',
                           'validation/main/loss', 'validation/main/accuracy',
                           'epoch', 'iteration', 'elapsed_time'}
    assert [e['epoch'] for e in log] == [1, 2]
    assert [e['iteration'] for e in log] == [4, 8]
    assert log == trainer.get_extension('LogReport').log


def test_log_report_keys_filter_postprocess_and_name(tmp_path):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (3, 'iteration'), out=str(tmp_path))

    def post(stats):
        stats['extra'] = 1

    trainer.extend(E.LogReport(keys=['main/loss'], trigger=(1, 'iteration'),
                               postprocess=post, filename='log_{iteration}'))
    trainer.run()
    assert os.path.exists(os.path.join(str(tmp_path), 'log_3'))
    log = trainer.get_extension('LogReport').log
    assert set(log[0]) == {'main/loss', 'epoch', 'iteration',
                           'elapsed_time', 'extra'}


def test_print_report_format(tmp_path):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'epoch'), out=str(tmp_path))
    out = io.StringIO()
    trainer.extend(E.LogReport())
    entries = ['epoch', 'main/loss', 'missing_key_long_name']
    trainer.extend(E.PrintReport(entries, out=out))
    trainer.run()
    lines = out.getvalue().split('\n')
    assert lines[0] == 'epoch       main/loss   missing_key_long_name'
    log = trainer.get_extension('LogReport').log
    row = '\x1b[J' + '{:<10g}  {:<10g}  {}'.format(
        1, log[0]['main/loss'], ' ' * 23)
    assert lines[1] == row
    assert lines[2].startswith('\x1b[J2  ')
    assert len(lines) == 4 and lines[3] == ''


def test_progress_bar_writes_lines(tmp_path):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (4, 'iteration'), out=str(tmp_path))
    out = io.StringIO()
    trainer.extend(E.ProgressBar(update_interval=2, out=out, bar_length=10))
    trainer.run()
    text = out.getvalue()
    assert '     total [#####.....] 50.00%' in text
    assert 'this epoch [' in text
    assert '         2 iter, 0 epoch / 4 iterations' in text
    assert 'iters/sec. Estimated time to finish:' in text
    assert '\x1b[4A' in text and text.endswith('\x1b[J')


def test_plot_report_png(tmp_path):
    pytest.importorskip('matplotlib')
    import matplotlib
    matplotlib.use('Agg')
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'epoch'), out=str(tmp_path))
    trainer.extend(E.PlotReport(['main/loss'], 'epoch', filename='loss.png'))
    trainer.run()
    with open(os.path.join(str(tmp_path), 'loss.png'), 'rb') as f:
        assert f.read(8) == b'\x89PNG\r\n\x1a\n'


def test_plot_report_postprocess_gets_figure_axes_and_summary(tmp_path):
    pytest.importorskip('matplotlib')
    import matplotlib
    matplotlib.use('Agg')
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'epoch'), out=str(tmp_path))
    calls = []

    def postprocess(figure, axes, summary):
        calls.append((figure, axes, summary))
        axes.set_title('loss')

    trainer.extend(E.PlotReport(['main/loss'], 'epoch', filename='loss.png',
                                postprocess=postprocess))
    trainer.run()
    assert len(calls) == 2
    figure, axes, summary = calls[-1]
    assert axes.get_title() == 'loss'
    assert isinstance(summary, chainer.reporter.DictSummary)


def test_plot_report_without_matplotlib(monkeypatch):
    from chainer_compat.training.extensions import plot_report
    monkeypatch.setattr(plot_report, '_available', False)
    with pytest.warns(UserWarning, match='matplotlib is not installed'):
        ext = E.PlotReport(['main/loss'])
    with pytest.warns(UserWarning, match='matplotlib is not installed'):
        assert ext.available() is False

    class T(object):
        observation = {}
    with pytest.warns(UserWarning, match='matplotlib is not installed'):
        assert ext(T()) is None  # does nothing


def test_variable_statistics_plot_png(tmp_path):
    pytest.importorskip('matplotlib')
    import matplotlib
    matplotlib.use('Agg')
    updater, model, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'iteration'), out=str(tmp_path))
    trainer.extend(E.VariableStatisticsPlot(model, trigger=(2, 'iteration')))
    trainer.run()
    with open(os.path.join(str(tmp_path), 'statistics.png'), 'rb') as f:
        assert f.read(4) == b'\x89PNG'
    with pytest.raises(ValueError, match='at least one'):
        E.VariableStatisticsPlot([])


def test_dump_graph(tmp_path):
    pytest.importorskip('chainer_compat.computational_graph')
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'iteration'), out=str(tmp_path))
    before = chainer.config.keep_graph_on_report
    trainer.extend(E.dump_graph('main/loss'))
    trainer.run()
    with open(os.path.join(str(tmp_path), 'cg.dot')) as f:
        dot = f.read()
    assert dot.startswith('digraph graphname')
    assert 'LinearFunction' in dot
    assert chainer.config.keep_graph_on_report == before


def test_evaluator_modes_and_hooks():
    ds = toy_data(n=10)
    updater, model, _ = make_updater()
    seen = []

    def eval_func(x, t):
        seen.append((chainer.config.train, chainer.config.enable_backprop))
        chainer.report({'n': float(len(x))}, model)

    hooks = []
    it = chainer.iterators.SerialIterator(ds, 4, repeat=False, shuffle=False)
    ev = E.Evaluator(it, model, eval_func=eval_func,
                     eval_hook=lambda e: hooks.append(e))
    ev.name = 'val'
    res = ev()
    assert seen == [(False, False)] * 3
    assert hooks == [ev]
    # per-batch means averaged equally: (4 + 4 + 2) / 3
    assert res == {'val/main/n': pytest.approx(10. / 3)}
    with pytest.warns(UserWarning, match='repeat'):
        E.Evaluator(chainer.iterators.SerialIterator(ds, 2), model)


def test_multiprocess_parallel_updater_unavailable():
    from chainer_compat.training.updaters import multiprocess_parallel_updater as m  # NOQA
    assert training.updaters.MultiprocessParallelUpdater.available() is False
    with pytest.raises(Exception, match='NCCL'):
        training.updaters.MultiprocessParallelUpdater([], None)
    assert m.size_num_grads(chainer.links.Linear(2, 3)) == (9, 2)


def test_parallel_updater_cpu_devices():
    ds = toy_data()
    model = chainer.links.Classifier(chainer.links.Linear(4, 3))
    opt = chainer.optimizers.SGD(lr=0.1)
    opt.setup(model)
    it = chainer.iterators.SerialIterator(ds, 4)
    up = training.updaters.ParallelUpdater(
        it, opt, devices={'main': '@numpy', 'second': '@numpy'})
    W0 = model.predictor.W.array.copy()
    up.update()
    assert up.iteration == 1
    assert not numpy.allclose(W0, model.predictor.W.array)
    other = up._models['second']
    numpy.testing.assert_array_equal(other.predictor.W.array,
                                     model.predictor.W.array)
    with pytest.raises(ValueError):
        training.updaters.ParallelUpdater(it, opt)


def test_standard_updater_dict_batch_and_loss_func():
    ds = chainer.datasets.DictDataset(
        x=numpy.ones((4, 2), numpy.float32), t=numpy.zeros(4, numpy.int32))
    model = chainer.links.Linear(2, 2)
    opt = chainer.optimizers.SGD()
    opt.setup(model)
    got = []

    def loss_func(x, t):
        got.append((x.shape, t.dtype))
        return chainer.functions.sum(model(x))

    up = training.updaters.StandardUpdater(
        chainer.iterators.SerialIterator(ds, 2), opt, loss_func=loss_func,
        device='@numpy')
    up.update()
    assert got == [((2, 2), numpy.int32)]
    assert up.device == chainer.get_device('@numpy')
    assert up.input_device == up.device
    assert opt.use_auto_new_epoch
    up.update()
    assert up.is_new_epoch and opt.epoch == 1
