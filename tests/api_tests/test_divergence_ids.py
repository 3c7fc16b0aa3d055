"""Every divergence id cited in the code or the known-gaps list is
documented in docs/divergences.md (and that file is up to date)."""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def _documented():
    with open(os.path.join(ROOT, 'docs', 'divergences.md')) as f:
        return set(re.findall(r'(?m)^## (D-\d{3})', f.read()))


def _cited():
    cited = {}
    for base in ('chainer_compat', os.path.join('tests', 'api_tests')):
        for dirpath, _, files in os.walk(os.path.join(ROOT, base)):
            for fn in files:
                if not fn.endswith(('.py', '.txt')):
                    continue
                path = os.path.join(dirpath, fn)
                with open(path, encoding='utf-8') as f:
                    for ident in re.findall(r'\bD-\d{3}\b', f.read()):
                        cited.setdefault(ident, path)
    return cited


def test_cited_divergences_are_documented():
    documented = _documented()
    missing = {k: v for k, v in _cited().items() if k not in documented}
    assert not missing, 'undocumented divergence ids: {}'.format(missing)


def test_divergences_md_is_generated_from_fragments(tmp_path):
    target = str(tmp_path / 'divergences.md')
    out = subprocess.run(
        [sys.executable, os.path.join(ROOT, 'tools', 'build_divergences.py'),
         target], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    with open(target) as f, open(os.path.join(ROOT, 'docs',
                                              'divergences.md')) as g:
        assert f.read() == g.read(), (
            'docs/divergences.md is stale: run tools/build_divergences.py')
