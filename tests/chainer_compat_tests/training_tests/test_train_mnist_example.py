"""examples/train_mnist.py runs offline (synthetic dataset in Chainer's
cache layout), writes Chainer's outputs, and resumes with --autoload."""
import json
import os
import subprocess
import sys

import numpy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
SCRIPT = os.path.join(ROOT, 'examples', 'train_mnist.py')


def _run(out, *args):
    env = dict(os.environ)
    env['PYTHONPATH'] = ROOT + os.pathsep + env.get('PYTHONPATH', '')
    r = subprocess.run(
        [sys.executable, '-m', 'chainer_compat', SCRIPT, '--synthetic',
         '--seed', '0', '-u', '20', '-o', out] + list(args),
        capture_output=True, text=True, timeout=600, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-4000:]
    return r.stdout


def test_train_mnist_synthetic_and_autoload(tmp_path):
    out = str(tmp_path / 'result')
    stdout = _run(out, '-e', '1')
    assert 'Using a synthetic MNIST-like dataset' in stdout
    assert 'epoch       main/loss   validation/main/loss' in stdout
    files = set(os.listdir(out))
    assert {'log', 'cg.dot', 'snapshot_iter_6'} <= files
    data = os.path.join(out, 'synthetic_dataset_root', 'pfnet', 'chainer',
                        'mnist')
    with numpy.load(os.path.join(data, 'train.npz')) as z:
        assert z['x'].dtype == numpy.uint8 and z['x'].shape == (600, 784)
        assert z['y'].dtype == numpy.uint8
    with open(os.path.join(out, 'log')) as f:
        log = json.load(f)
    assert [e['epoch'] for e in log] == [0, 1]
    assert log[1]['main/accuracy'] > 0.1

    # Resume from the snapshot and train one more epoch.
    _run(out, '-e', '2', '--autoload')
    with open(os.path.join(out, 'log')) as f:
        log2 = json.load(f)
    assert [e['iteration'] for e in log2] == [0, 6, 12]
    assert log2[1] == log[1]
    assert 'snapshot_iter_12' in os.listdir(out)
    assert 'snapshot_iter_6' not in os.listdir(out)  # n_retains=1
