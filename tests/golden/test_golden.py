"""Run every golden case on chainer_compat and compare with real Chainer.

Checks, per output: present, exact shape, exact dtype, then values within
the case's per-dtype tolerance -- each failure labelled with case and
output name (tinygrad's helper_test_op style).
"""
import json
import os

import numpy
import pytest

import chainer_compat
from tests.golden import registry

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')


def _manifest(mod):
    path = os.path.join(DATA, mod + '.json')
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return json.load(f)['cases']

_PARAMS = []
for _mod, _cases in registry.load_cases().items():
    for _c in _cases:
        for _dtype, _cid in zip(_c.dtypes, _c.ids()):
            marks = []
            if _c.xfail:
                marks.append(pytest.mark.xfail(reason=_c.xfail, strict=True))
            _PARAMS.append(pytest.param(_mod, _c, _dtype, _cid,
                                        id='{}::{}'.format(_mod, _cid),
                                        marks=marks))

_LOADED = {}


def _golden(mod):
    if mod not in _LOADED:
        path = os.path.join(DATA, mod + '.npz')
        _LOADED[mod] = dict(numpy.load(path)) if os.path.exists(path) else {}
    return _LOADED[mod]


@pytest.mark.parametrize('mod,case,dtype,cid', _PARAMS)
def test_golden(mod, case, dtype, cid):
    entry = _manifest(mod).get(cid)
    assert entry is not None, (
        '{}::{} has no golden data: run tools/make_golden.py {} under real '
        'Chainer'.format(mod, cid, mod))
    assert entry['hash'] == case.source_hash(), (
        '{}::{} changed since its golden was made: regenerate goldens '
        '(tools/make_golden.py {})'.format(mod, cid, mod))
    out = case.run(chainer_compat, dtype)
    gold = _golden(mod)
    assert sorted(out) == entry['outputs'], (
        '{}: outputs {} != golden {}'.format(cid, sorted(out),
                                             entry['outputs']))
    tol = case.tolerance(dtype)
    for name in entry['outputs']:
        exp = gold['{}/{}'.format(cid, name)]
        got = out[name]
        label = '{} output {!r}'.format(cid, name)
        assert got.shape == exp.shape, '{}: shape {} != {}'.format(
            label, got.shape, exp.shape)
        assert got.dtype == exp.dtype, '{}: dtype {} != {}'.format(
            label, got.dtype, exp.dtype)
        if exp.dtype.kind in 'fc':
            numpy.testing.assert_allclose(
                got, exp, err_msg=label, equal_nan=True, **tol)
        else:
            numpy.testing.assert_array_equal(got, exp, err_msg=label)
