"""Resume: a run killed mid-way and restarted with ``snapshot(autoload=True)``
continues exactly like an uninterrupted seeded run."""
import os
import subprocess
import sys
import textwrap

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import training
from chainer_compat.training import extensions as E

from tests.chainer_compat_tests.training_tests._util import make_updater


def _build(out, stop, autoload=True, shift=False):
    updater, model, opt = make_updater(batch=5)
    trainer = training.Trainer(updater, stop, out=out)
    trainer.extend(E.LogReport(trigger=(1, 'iteration')))
    if shift:
        # With autoload the snapshot (priority -100) is loaded after the
        # shift's initialize(), so -- as in Chainer -- optimizer.lr is only
        # right again from the next call on; resume with load_npz instead.
        trainer.extend(E.ExponentialShift('lr', 0.9),
                       trigger=(1, 'iteration'))
    trainer.extend(E.snapshot(filename='snap_{.updater.iteration}',
                              autoload=autoload),
                   trigger=(4, 'iteration'))
    return trainer, model, opt


def _losses(trainer):
    return [e['main/loss'] for e in trainer.get_extension('LogReport').log]


def test_resume_matches_uninterrupted_run(tmp_path):
    # 20 examples, batch 5: 4 iterations per epoch.  The snapshot at
    # iteration 4 holds the (already drawn) order of epoch 2.
    numpy.random.seed(0)
    full, full_model, full_opt = _build(str(tmp_path / 'full'),
                                        (8, 'iteration'))
    full.run()

    out = str(tmp_path / 'resumed')
    numpy.random.seed(0)
    first, _, _ = _build(out, (4, 'iteration'))
    first.run()  # "killed" after the snapshot at iteration 4
    assert os.listdir(out).count('snap_4') == 1

    numpy.random.seed(123)  # a fresh process: different RNG state, model
    second, model, opt = _build(out, (8, 'iteration'))
    second.run()
    assert second.updater.iteration == 8
    numpy.testing.assert_allclose(_losses(second), _losses(full), rtol=0,
                                  atol=0)
    numpy.testing.assert_array_equal(model.predictor.W.array,
                                     full_model.predictor.W.array)
    assert opt.t == full_opt.t


def test_resume_with_load_npz_and_lr_shift(tmp_path):
    numpy.random.seed(0)
    full, full_model, full_opt = _build(str(tmp_path / 'full'),
                                        (8, 'iteration'), shift=True)
    full.run()
    out = str(tmp_path / 'resumed')
    numpy.random.seed(0)
    first, _, _ = _build(out, (4, 'iteration'), autoload=False, shift=True)
    first.run()
    numpy.random.seed(5)
    second, model, opt = _build(out, (8, 'iteration'), autoload=False,
                                shift=True)
    chainer.serializers.load_npz(os.path.join(out, 'snap_4'), second)
    second.run()
    assert _losses(second) == _losses(full)
    assert opt.lr == pytest.approx(full_opt.lr)
    numpy.testing.assert_array_equal(model.predictor.W.array,
                                     full_model.predictor.W.array)


def test_resume_in_a_new_process(tmp_path):
    script = textwrap.dedent('''
        import sys, json, numpy
        sys.path.insert(0, {root!r})
        from tests.chainer_compat_tests.training_tests import \\
            test_snapshot_resume as m
        numpy.random.seed(int(sys.argv[2]))
        tr, model, opt = m._build(sys.argv[1], (int(sys.argv[3]), 'iteration'))
        tr.run()
        print(json.dumps(m._losses(tr)))
    ''').format(root=os.getcwd())
    path = str(tmp_path / 'run.py')
    with open(path, 'w') as f:
        f.write(script)

    def run(out, seed, stop):
        r = subprocess.run([sys.executable, path, out, str(seed), str(stop)],
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        return eval(r.stdout.strip().splitlines()[-1])

    full = run(str(tmp_path / 'a'), 0, 8)
    run(str(tmp_path / 'b'), 0, 4)
    resumed = run(str(tmp_path / 'b'), 7, 8)
    assert resumed == full


def test_snapshot_n_retains_and_object(tmp_path):
    updater, model, _ = make_updater()
    trainer = training.Trainer(updater, (5, 'iteration'), out=str(tmp_path))
    trainer.extend(E.snapshot(n_retains=2), trigger=(1, 'iteration'))
    trainer.extend(E.snapshot_object(model, 'model_{.updater.iteration}'),
                   trigger=(5, 'iteration'))
    trainer.run()
    files = sorted(os.listdir(str(tmp_path)))
    assert [f for f in files if f.startswith('snapshot_iter_')] == \
        ['snapshot_iter_4', 'snapshot_iter_5']
    m2 = chainer.links.Classifier(chainer.links.Linear(4, 3))
    chainer.serializers.load_npz(str(tmp_path / 'model_5'), m2)
    numpy.testing.assert_array_equal(m2.predictor.W.array,
                                     model.predictor.W.array)
    with numpy.load(str(tmp_path / 'snapshot_iter_5')) as z:
        keys = set(z.files)
    assert 'updater/iteration' in keys
    assert 'updater/model:main/predictor/W' in keys
    assert 'updater/iterator:main/current_position' in keys


def test_snapshot_write_is_atomic(tmp_path):
    updater, model, _ = make_updater()
    trainer = training.Trainer(updater, (2, 'iteration'), out=str(tmp_path))
    calls = []

    def savefun(path, obj):
        calls.append(path)
        with open(path, 'w') as f:
            f.write('partial')
        if len(calls) == 2:
            raise IOError('disk died while writing')
        chainer.serializers.save_npz(path, obj)

    trainer.extend(E.snapshot(savefun=savefun, filename='snap'),
                   trigger=(1, 'iteration'))
    with pytest.raises(IOError):
        trainer.run()
    # The file under the final name is the last complete snapshot.
    assert all(os.path.dirname(p) != str(tmp_path) for p in calls)
    with numpy.load(str(tmp_path / 'snap')) as z:
        assert int(z['updater/iteration']) == 1
    assert os.listdir(str(tmp_path)) == ['snap']


def test_snapshot_on_error(tmp_path):
    updater, _, _ = make_updater()
    trainer = training.Trainer(updater, (5, 'iteration'), out=str(tmp_path))

    @training.make_extension(trigger=(1, 'iteration'))
    def fail(tr):
        if tr.updater.iteration == 2:
            raise RuntimeError('x')

    trainer.extend(fail)
    trainer.extend(E.snapshot(snapshot_on_error=True, filename='err'),
                   trigger=(100, 'iteration'))
    with pytest.raises(RuntimeError):
        trainer.run()
    assert os.path.exists(str(tmp_path / 'err'))


def test_snapshot_writers(tmp_path):
    from chainer_compat.training.extensions import snapshot_writers as w
    target = {'a': numpy.arange(3)}

    def savefun(path, obj):
        with open(path, 'wb') as f:
            numpy.savez(f, **obj)

    for cls in (w.SimpleWriter, w.ThreadWriter, w.ThreadQueueWriter):
        writer = cls(savefun=savefun)
        writer('f_' + cls.__name__, str(tmp_path), target)
        writer.finalize()
        assert os.path.exists(str(tmp_path / ('f_' + cls.__name__)))
    with pytest.raises(TypeError, match='together'):
        E.snapshot(savefun=savefun, writer=w.SimpleWriter())
