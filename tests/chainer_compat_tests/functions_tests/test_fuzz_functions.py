"""Fuzz every ``chainer.functions`` function with random / invalid inputs.

Two parts, both driven by the per-function argument generators of
``tools/make_fuzz_golden.py`` (random shapes incl. 0-size and 0-d, dtypes
float16/32/64, int32, int64, bool, out-of-range axes, negative sizes,
mismatched shapes, bad label dtypes/ranges, ``None`` for arrays):

1. hypothesis (``max_examples=15``, derandomized): any exception raised must
   be one a Chainer user gets from Chainer -- ``InvalidType``,
   ``ValueError``, ``TypeError``, ``IndexError``, ``KeyError``,
   ``AssertionError``, ``ZeroDivisionError``, ``AttributeError`` on ``None``
   input (what Chainer raises there), ``NotImplementedError`` naming Chainer
   or a D-id -- never a raw torch ``RuntimeError`` (or a torch message in
   another exception type).
2. differential: the fixed seeded inputs recorded under real Chainer 7.8.1 in
   ``tests/golden/data/fuzz_functions.json`` are replayed: where Chainer
   raised, the facade must raise (an allowed error, or Chainer's own type);
   where Chainer returned, the facade must return the same output shapes and
   dtypes.  Where Chainer raised ``InvalidType``, the facade must raise
   ``InvalidType`` too.  Inputs the reference environment cannot run
   (``'env ...'``: no SciPy there) are skipped.

Functions that currently fail are listed in ``fuzz_known_leaks.txt``
(``name<TAB>reason``) and xfail; a listed function that passes FAILS the
test, so the list only shrinks.  Regenerate the goldens after changing a
generator:
``/work/chainer-ref/bin/python tools/make_fuzz_golden.py``.
"""
import importlib.util
import json
import os
import warnings

import numpy
import pytest
from hypothesis import HealthCheck
from hypothesis import Phase
from hypothesis import given
from hypothesis import seed
from hypothesis import settings
from hypothesis import strategies as st

import chainer_compat
import chainer_compat.functions as F
from chainer_compat.utils import type_check


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
LEAKS_FILE = os.path.join(HERE, 'fuzz_known_leaks.txt')
GOLDEN_FILE = os.path.join(ROOT, 'tests', 'golden', 'data',
                           'fuzz_functions.json')


def _load_fz():
    path = os.path.join(ROOT, 'tools', 'make_fuzz_golden.py')
    spec = importlib.util.spec_from_file_location('_fuzz_inputs', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


fz = _load_fz()


def _load_leaks():
    leaks = {}
    with open(LEAKS_FILE) as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            name, sep, reason = line.partition('\t')
            assert sep and reason.strip(), (
                'fuzz_known_leaks.txt:{}: expected "name<TAB>reason"'
                .format(i))
            leaks[name.strip()] = reason.strip()
    return leaks


LEAKS = _load_leaks()
with open(GOLDEN_FILE) as _f:
    GOLDEN = json.load(_f)['functions']

TABLE = getattr(F, '_LAZY_TABLE', None) or F._TABLE
NAMES = sorted(n for n in TABLE
               if not getattr(getattr(F, n), '_chainer_compat_missing',
                              False))

_ALLOWED = (type_check.InvalidType, ValueError, TypeError, IndexError,
            KeyError, AssertionError, ZeroDivisionError)
# RuntimeErrors Chainer itself raises (type_check's "Expr evaluated as bool"
# on an out-of-range axis; deconvolution's output-size check).
_CHAINER_RUNTIME = ('evaluated as bool', 'in the output must be positive')
# Signs of a torch message reaching the user.
_TORCH_SIGNS = ('Tensor', 'torch', "not implemented for '", 'aten::')


def _short(e):
    msg = ' '.join(str(e).split())
    return '{}: {}'.format(type(e).__name__, msg[:160])


def _bad_exception(e, ref=None):
    """Why ``e`` is not an error Chainer would raise (None if it is).

    ``ref`` is the name of the exception type real Chainer raised for the
    same input (differential part), if known.
    """
    msg = str(e)
    torchy = any(s in msg for s in _TORCH_SIGNS)
    if isinstance(e, type_check.InvalidType):
        return None
    if isinstance(e, NotImplementedError):
        if not torchy and ('chainer' in msg.lower() or 'D-' in msg
                           or ref in (None, 'NotImplementedError')):
            return None
        return 'NotImplementedError without Chainer/D-id message: ' + \
            _short(e)
    if isinstance(e, RuntimeError):
        if not torchy and any(s in msg for s in _CHAINER_RUNTIME):
            return None
        return 'raw RuntimeError (torch?): ' + _short(e)
    if isinstance(e, AttributeError):
        if 'NoneType' in msg:       # Chainer: 'NoneType' has no 'dtype'
            return None
        return 'AttributeError: ' + _short(e)
    if not isinstance(e, _ALLOWED) and type(e).__name__ != ref:
        return 'unexpected exception type: ' + _short(e)
    if torchy:
        return 'torch message leaked: ' + _short(e)
    return None


def _call(name, args, kwargs):
    state = numpy.random.get_state()
    numpy.random.seed(0)        # as when the goldens were recorded
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            return fz.call(chainer_compat, name, args, kwargs)
    finally:
        numpy.random.set_state(state)


def _differential_failures(name):
    fails = []
    entries = GOLDEN.get(name, [])
    inputs = fz.golden_inputs(name, len(entries))
    for i, ((args, kwargs), entry) in enumerate(zip(inputs, entries)):
        desc = fz.describe((args, kwargs))
        where = '[diff #{}] {}'.format(i, desc[:200])
        if desc != entry['desc']:
            fails.append('{}: input differs from golden (regenerate '
                         'fuzz_functions.json)'.format(where))
            continue
        ref = entry['result']
        if ref.startswith('env'):
            continue            # Chainer could not run it here (no SciPy)
        if ref.startswith('ok') and (' object' in ref or 'Variable' in ref):
            continue            # Chainer wrapped None in an object array
        if 'msg' in entry:
            ref = '{} ({})'.format(ref, entry['msg'][:100])
        try:
            r = _call(name, args, kwargs)
        except Exception as e:  # NOQA
            if ref.startswith('ok'):
                fails.append('{}: Chainer returns "{}", facade raises {}'
                             .format(where, ref[3:], _short(e)))
                continue
            bad = _bad_exception(e, ref.split()[1])
            if bad is None and not isinstance(e, type_check.InvalidType) \
                    and ref.startswith('raises InvalidType'):
                # a user catching InvalidType must still catch it
                bad = 'not InvalidType: ' + _short(e)
            if bad:
                fails.append('{}: Chainer {}, facade {}'.format(
                    where, ref, bad))
            continue
        got = fz.describe_result(r)
        if not ref.startswith('ok'):
            fails.append('{}: Chainer {}, facade returns "{}"'.format(
                where, ref, got))
        elif ref[3:] != got:
            fails.append('{}: Chainer returns "{}", facade returns "{}"'
                         .format(where, ref[3:], got))
    return fails


class _DrawChooser(object):

    def __init__(self, data):
        self.data = data

    def choice(self, seq):
        return self.data.draw(st.sampled_from(seq))

    def int(self, lo, hi):
        return self.data.draw(st.integers(lo, hi))


def _hypothesis_failures(name):
    fails = []

    # a fixed seed per function: the same examples on every run, whatever
    # the module is imported as (derandomize would hash the test function,
    # which is the same for every name)
    @seed(fz.seed_of(name))
    @settings(max_examples=15, deadline=None, derandomize=False,
              database=None, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def run(data):
        args, kwargs = fz.GEN[name](_DrawChooser(data))
        try:
            _call(name, args, kwargs)
        except Exception as e:  # NOQA
            bad = _bad_exception(e)
            if bad:
                fails.append('[hypothesis] {}: {}'.format(
                    fz.describe((args, kwargs))[:200], bad))

    run()
    return fails


@pytest.mark.parametrize('name', NAMES)
def test_fuzz(name):
    fails = _differential_failures(name) + _hypothesis_failures(name)
    reason = LEAKS.get(name)
    if reason is not None:
        if fails:
            pytest.xfail(reason)
        pytest.fail('{} is listed in fuzz_known_leaks.txt but now passes '
                    'the fuzz test: remove it from the list'.format(name))
    assert not fails, '{} failure(s):\n'.format(len(fails)) + \
        '\n'.join(fails[:8])


def test_every_function_is_fuzzed():
    missing_gen = [n for n in NAMES if n not in fz.GEN]
    missing_golden = [n for n in NAMES if not GOLDEN.get(n)]
    assert not missing_gen, 'no fuzz generator for: {}'.format(missing_gen)
    assert not missing_golden, 'no fuzz goldens for: {}'.format(
        missing_golden)


def test_golden_has_both_outcomes():
    # the recorded inputs exercise both the error and the success paths
    results = [e['result'] for es in GOLDEN.values() for e in es]
    n_ok = sum(r.startswith('ok') for r in results)
    assert n_ok > len(results) // 4
    assert len(results) - n_ok > len(results) // 4


def test_known_leaks_are_functions():
    stale = sorted(set(LEAKS) - set(NAMES))
    assert not stale, 'fuzz_known_leaks.txt lists unknown names: {}'.format(
        stale)


def test_bad_exception_classifier():
    # the checker itself must be able to fail
    assert _bad_exception(RuntimeError("shape '[2]' is invalid")) is not None
    assert _bad_exception(NotImplementedError(
        '"addmm" not implemented for \'Half\'')) is not None
    assert _bad_exception(TypeError(
        "relu(): argument 'input' must be Tensor, not NoneType")) is not None
    assert _bad_exception(AttributeError('x')) is not None
    assert _bad_exception(type_check.InvalidType('a', 'b')) is None
    assert _bad_exception(ValueError('bad axis')) is None
    assert _bad_exception(AttributeError(
        "'NoneType' object has no attribute 'dtype'")) is None
    assert _bad_exception(NotImplementedError(
        'chainer.functions.x: no (see docs/divergences.md)')) is None
    assert _bad_exception(NotImplementedError('norm must be L1'),
                          'InvalidType') is not None
    assert _bad_exception(RuntimeError(
        'An Expression "-x.ndim <= 3" was evaluated as bool.')) is None


# ------------------------------------------------------------------ report
# ``python3 -m tests.chainer_compat_tests.functions_tests.test_fuzz_functions
# [--write] [name ...]`` prints every failure grouped by cause; --write
# rewrites fuzz_known_leaks.txt from the run (review the diff: the list is
# meant to shrink).

_CAUSES = [
    ('not InvalidType', 'not-invalidtype',
     'Chainer raises InvalidType, facade another type'),
    ('facade returns', 'silent-success',
     'Chainer raises, facade returns a value'),
    ('facade raises', 'facade-raises', 'Chainer returns, facade raises'),
    ("not implemented for '", 'torch-dtype',
     'torch kernel missing for a dtype (NotImplementedError)'),
    ('cannot reshape tensor of 0 elements', 'zero-size-reshape',
     '0-size input: torch reshape(-1) RuntimeError'),
    ('must match the size of tensor|expand', 'broadcast-mismatch',
     'mismatched shapes: torch broadcast/expand RuntimeError'),
    ('is invalid for input of size', 'bad-reshape',
     "torch RuntimeError shape '[...]' is invalid"),
    ('negative padding|pad must be non-negative|non-positive stride|'
     'negative dimension|invalid shape dimension', 'neg-param',
     'negative pad/stride/size: torch RuntimeError'),
    ('mat1 and mat2|Expected size for first two|m1 and m2|einsum',
     'matmul-shape', 'matmul/einsum shape or dtype mismatch: torch error'),
    (r'max\(\): Expected reduction dim', 'empty-reduce',
     'empty input: torch max() RuntimeError'),
    ('', 'other', 'other raw torch error'),
]


def _classify(fails):
    import re
    cats, example = [], None
    for f in fails:
        for pat, key, _ in _CAUSES:
            if re.search(pat, f):
                if key not in cats:
                    cats.append(key)
                example = example or f
                break
    example = ' '.join(re.sub(r':[0-9a-f]{8}', '', example).split())
    return cats, example


def _main(argv):
    write = '--write' in argv
    names = [a for a in argv if not a.startswith('--')] or NAMES
    result = {}
    for n in names:
        fails = _differential_failures(n) + _hypothesis_failures(n)
        if fails:
            result[n] = fails
    groups = {}
    lines = []
    for n in sorted(result):
        cats, ex = _classify(result[n])
        groups.setdefault(cats[0], []).append((n, ex))
        lines.append('{}\t[{}] {} failing input(s), e.g. {}'.format(
            n, ','.join(cats), len(result[n]), ex)[:400])
    for key, desc in [(k, d) for _, k, d in _CAUSES]:
        if key in groups:
            print('## {} ({}): {}'.format(key, desc, ' '.join(
                n for n, _ in groups[key])))
            print('   e.g. {} {}'.format(*groups[key][0])[:400])
    print('{} of {} functions fail'.format(len(result), len(names)))
    if write:
        head = ['# Functions whose fuzz test (test_fuzz_functions.py) '
                'currently fails:',
                '# name<TAB>[causes] example.  A listed function that '
                'passes makes the test FAIL:',
                '# remove its line.  Causes: ' + '; '.join(
                    '{} = {}'.format(k, d) for _, k, d in _CAUSES), '']
        with open(LEAKS_FILE, 'w') as f:
            f.write('\n'.join(head + lines) + '\n')
        print('wrote', LEAKS_FILE)


if __name__ == '__main__':
    import sys
    _main(sys.argv[1:])
