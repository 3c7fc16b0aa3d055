"""Facade unit tests: link hooks (SpectralNormalization, TimerHook,
WeightStandardization) and Link.add_hook/delete_hook."""
import io

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import link_hooks
from chainer_compat import links as L


def test_sn_not_context_manager_and_missing_weight():
    hook = link_hooks.SpectralNormalization()
    with pytest.raises(NotImplementedError):
        with hook:
            pass
    with pytest.raises(ValueError, match='does not exist'):
        L.Linear(2, 3).add_hook(
            link_hooks.SpectralNormalization(weight_name='V'))


def test_sn_keeps_parameter_and_registers_u():
    numpy.random.seed(0)
    l = L.Linear(3, 4)
    hook = link_hooks.SpectralNormalization()
    l.add_hook(hook)
    assert 'W_u' in l._persistent and l.W_u.shape == (4,)
    u0 = l.W_u.copy()
    y = l(numpy.ones((2, 3), numpy.float32))
    assert isinstance(l.W, chainer.Parameter)
    assert l._parameters['W'] is l.W._t
    assert not numpy.array_equal(u0, l.W_u)
    y.grad = numpy.ones_like(y.array)
    y.backward()
    assert l.W.grad.shape == (4, 3)
    l.delete_hook('SpectralNormalization')
    assert not hasattr(l, 'W_u')
    assert 'W_u' not in l._persistent


def test_sn_gamma_and_deconv_axis():
    d = L.Deconvolution2D(2, 3, 2)
    hook = link_hooks.SpectralNormalization(use_gamma=True)
    d.add_hook(hook)
    assert hook.axis == 1 and d.W_u.shape == (3,)
    assert d.gamma.shape == ()
    d.delete_hook(hook.name)
    assert not hasattr(d, 'gamma') or d.gamma is None


def test_sn_test_mode_does_not_update_u():
    l = L.Linear(3, 4)
    l.add_hook(link_hooks.SpectralNormalization())
    u0 = l.W_u.copy()
    with chainer.using_config('train', False):
        l(numpy.ones((1, 3), numpy.float32))
    numpy.testing.assert_array_equal(u0, l.W_u)


def test_sn_normalized_spectral_norm_is_one():
    numpy.random.seed(1)
    l = L.Linear(4, 4, nobias=True)
    l.add_hook(link_hooks.SpectralNormalization(n_power_iteration=50))
    x = numpy.eye(4, dtype=numpy.float32)
    y = l(x).array   # = W_sn^T
    s = numpy.linalg.svd(y, compute_uv=False)
    assert abs(s[0] - 1.0) < 1e-3


def test_timer_hook():
    hook = link_hooks.TimerHook()
    l = L.Linear(2, 2)
    with hook:
        l(numpy.ones((1, 2), numpy.float32))
        l(numpy.ones((1, 2), numpy.float32))
    s = hook.summary()
    assert list(s) == ['Linear'] and s['Linear']['occurrence'] == 2
    assert hook.total_time() > 0
    f = io.StringIO()
    hook.print_report(file=f)
    lines = f.getvalue().splitlines()
    assert lines[0].split() == ['LinkName', 'ElapsedTime', 'Occurrence']
    assert lines[1].split()[0] == 'Linear' and lines[1].split()[2] == '2'
    f = io.StringIO()
    hook.print_report(unit='us', file=f)
    assert 'us' in f.getvalue()


def test_weight_standardization():
    l = L.Linear(3, 2)
    ws = link_hooks.WeightStandardization()
    l.add_hook(ws)
    with pytest.raises(NotImplementedError):
        ws.__enter__()
    y = l(numpy.eye(3, dtype=numpy.float32))
    W = y.array.T - l.b.array[:, None]
    numpy.testing.assert_allclose(W.mean(axis=1), 0, atol=1e-6)
    assert isinstance(l.W, chainer.Parameter)


def test_add_hook_type_and_duplicate():
    l = L.Linear(2, 2)
    with pytest.raises(TypeError):
        l.add_hook(object())
    l.add_hook(link_hooks.TimerHook())
    with pytest.raises(KeyError):
        l.add_hook(link_hooks.TimerHook())
    with pytest.raises(KeyError):
        l.delete_hook('nope')
