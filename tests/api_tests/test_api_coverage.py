"""API coverage against Chainer 7.8.1 (JAX / array-api-compat style).

* every public name of 7.8.1 in scope exists in the matching chainer_compat
  module with Chainer's parameters, or is listed in known_gaps.txt;
* a listed gap that is now implemented fails ("remove it"), so the list only
  shrinks;
* the module tree: no public chainer_compat module that Chainer lacks.
"""
import os
import pkgutil
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, 'tools'))

import api_coverage  # NOQA

import chainer_compat  # NOQA


def _load_gaps():
    gaps = {}
    with open(os.path.join(HERE, 'known_gaps.txt')) as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            status, name, reason = line.split('\t', 2)
            assert reason.strip(), 'known gap {} needs a reason'.format(name)
            gaps[name] = status
    return gaps


ROWS = api_coverage.collect()
GAPS = _load_gaps()


def test_every_gap_is_listed():
    new = ['{} {}.{}: {}'.format(status, mod, name, detail)
           for mod, name, kind, status, detail in ROWS
           if status != 'ok' and GAPS.get('{}.{}'.format(mod, name))
           != status]
    assert not new, (
        'API gaps not in tests/api_tests/known_gaps.txt (implement them or '
        'list them with a reason):\n' + '\n'.join(new[:60]))


def test_listed_gaps_are_still_gaps():
    status_of = {'{}.{}'.format(r[0], r[1]): r[3] for r in ROWS}
    stale = [name for name, status in GAPS.items()
             if status_of.get(name, 'ok') != status]
    assert not stale, (
        'These names are listed in known_gaps.txt but are now implemented '
        '(or changed status): remove/update them:\n' + '\n'.join(stale))


def _facade_modules():
    names = ['chainer_compat']
    for info in pkgutil.walk_packages(chainer_compat.__path__,
                                      'chainer_compat.'):
        names.append(info.name)
    return names


def test_module_tree_mirrors_chainer():
    with open(os.path.join(HERE, 'chainer-7.8.1-modules.txt')) as f:
        chainer_modules = set(f.read().split())
    extra = []
    for name in _facade_modules():
        parts = name.split('.')
        if any(p.startswith('_') for p in parts):
            continue
        if parts[0] == 'chainer_compat':
            if len(parts) > 1 and parts[1] in ('chainerx', 'torch_interop'):
                # the chainerx stub, and the one interop namespace
                continue
            cname = 'chainer' + name[len('chainer_compat'):]
        if cname not in chainer_modules:
            extra.append(name)
    assert not extra, (
        'public modules without a Chainer 7.8.1 counterpart (make them '
        'private with a leading underscore): {}'.format(extra))


@pytest.mark.parametrize('name', ['relu', 'linear', 'softmax_cross_entropy'])
def test_missing_stub_mechanism_is_not_hit_for_core_names(name):
    import chainer_compat.functions as F
    assert not getattr(getattr(F, name), '_chainer_compat_missing', False)
