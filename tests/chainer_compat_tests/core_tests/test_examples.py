"""The seed document's examples run unchanged and print Chainer's numbers."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
EXAMPLES = os.path.join(ROOT, 'examples')
GOLDEN = os.path.join(ROOT, 'tests', 'golden', 'data')


def _env():
    env = dict(os.environ)
    env['PYTHONPATH'] = ROOT + os.pathsep + env.get('PYTHONPATH', '')
    return env


def _run(args, **kw):
    return subprocess.run([sys.executable] + args, capture_output=True,
                          text=True, env=_env(), timeout=300, **kw)


def _real_chainer_installed():
    # PathFinder looks at sys.path only (not at the alias finder).
    import importlib.machinery
    return importlib.machinery.PathFinder.find_spec('chainer') is not None


@pytest.mark.parametrize('name,n_lines', [('seed_forward', 4),
                                          ('seed_backward', 1)])
def test_example_runs_unchanged(name, n_lines):
    r = _run(['-m', 'chainer_compat', os.path.join(EXAMPLES, name + '.py')])
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == n_lines, r.stdout


@pytest.mark.parametrize('name', ['seed_forward', 'seed_backward'])
def test_seeded_example_prints_real_chainer_numbers(name, tmp_path):
    src = open(os.path.join(EXAMPLES, name + '.py')).read()
    script = tmp_path / (name + '_seeded.py')
    script.write_text('import numpy; numpy.random.seed(0)\n' + src)
    r = _run(['-m', 'chainer_compat', str(script)])
    assert r.returncode == 0, r.stderr
    with open(os.path.join(GOLDEN, name + '_seeded.stdout')) as f:
        expected = f.read()
    assert r.stdout == expected


@pytest.mark.skipif(_real_chainer_installed(),
                    reason='real Chainer installed: it must win')
def test_plain_import_chainer_is_facade_when_installed():
    # Only meaningful once the package (with its .pth) is installed.
    import site
    pths = [os.path.join(d, 'chainer_compat-alias.pth')
            for d in site.getsitepackages() + [site.getusersitepackages()]]
    if not any(os.path.exists(p) for p in pths):
        pytest.skip('chainer_compat is not pip-installed here')
    r = subprocess.run([sys.executable, '-c',
                        'import chainer, chainerx, chainer.functions as F;'
                        'from chainer.backends import cuda;'
                        'from chainer import Variable, Chain, optimizers;'
                        'print(chainer.__name__, F.__name__, '
                        'chainerx.is_available())'],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ['chainer_compat', 'chainer_compat.functions',
                                'False']


def test_alias_maps_submodules_to_same_objects():
    code = ('import _chainer_compat_alias as a; a.install(force=True);'
            'import chainer, chainer_compat, chainer.functions.activation.relu'
            ' as r1, chainer_compat.functions.activation.relu as r2;'
            'assert chainer is chainer_compat and r1 is r2;'
            'import chainerx; assert not chainerx.is_available();'
            'print("ok")')
    r = _run(['-c', code])
    assert r.returncode == 0 and r.stdout.strip() == 'ok', r.stderr


@pytest.mark.skipif(not _real_chainer_installed(),
                    reason='needs real Chainer 7.8.1 in this environment')
def test_real_chainer_wins_and_both_agree(tmp_path):
    """Beside a real Chainer: `import chainer` is real Chainer, and
    `python -m chainer_compat` runs the same script on the facade."""
    src = open(os.path.join(EXAMPLES, 'seed_forward.py')).read()
    script = tmp_path / 's.py'
    script.write_text('import numpy; numpy.random.seed(0)\nimport chainer\n'
                      'print(chainer.__file__)\n' + src)
    real = _run([str(script)])
    facade = _run(['-m', 'chainer_compat', str(script)])
    assert real.returncode == 0 and facade.returncode == 0, (
        real.stderr + facade.stderr)
    real_lines = real.stdout.splitlines()
    facade_lines = facade.stdout.splitlines()
    assert 'chainer_compat' not in real_lines[0]
    assert 'chainer_compat' in facade_lines[0]
    assert real_lines[1:] == facade_lines[1:]


def test_startup_does_not_import_torch():
    r = subprocess.run([sys.executable, '-X', 'importtime', '-c', 'pass'],
                       capture_output=True, text=True, timeout=60)
    assert 'torch' not in r.stderr
    assert 'chainer_compat ' not in r.stderr
