"""F1: signatures of the activation/math/evaluation/noise/util functions
match Chainer 7.8.1's API listing."""
import importlib
import inspect
import json
import os

import pytest

import chainer_compat.functions as F

_API = '/work/shared/reference/chainer-7.8.1-api.json'
_MODS = ('activation', 'math', 'evaluation', 'noise', 'util')


def _names():
    table = F._TABLE
    out = []
    for name, (mod, attr) in sorted(table.items()):
        if mod.split('.')[1] in _MODS and not mod.endswith('.lstm'):
            out.append((name, mod, attr))
    return out


def _api():
    if not os.path.exists(_API):
        pytest.skip('API listing not available')
    with open(_API) as f:
        return json.load(f)['modules']['chainer.functions']


@pytest.mark.parametrize('name,mod,attr', _names())
def test_signature(name, mod, attr):
    api = _api()
    if name not in api:
        pytest.skip('not in the API listing')
    m = importlib.import_module('chainer_compat.' + mod)
    fn = getattr(m, attr)
    assert str(inspect.signature(fn)) == api[name]['signature']


@pytest.mark.parametrize('name,mod,attr', _names())
def test_implemented(name, mod, attr):
    m = importlib.import_module('chainer_compat.' + mod)
    assert callable(getattr(m, attr))
    assert getattr(F, name) is getattr(m, attr)


def test_subpackages_are_attributes():
    # Chainer's functions/__init__ imports every module, so
    # F.noise.dropout.Dropout / F.math.trigonometric.Cos resolve.
    assert F.noise.dropout.Dropout(0.5).label == 'Dropout'
    assert F.math.trigonometric.Cos().label == 'cos'
    assert F.math.basic_math.AddConstant(2.0).label == '_ + 2.0'
    with pytest.raises(AttributeError):
        F.math.no_such_module
