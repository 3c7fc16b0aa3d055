"""Facade tests of chainer.optimizer / optimizers / optimizer_hooks."""
import copy
import inspect
import json
import os
import pickle
import warnings

import numpy
import pytest
import torch

import chainer_compat as ch
from chainer_compat import optimizer as O
from chainer_compat import optimizer_hooks as H
from chainer_compat import optimizers

F = ch.functions
L = ch.links

_API = os.path.join('/work/shared/reference/chainer-7.8.1-api.json')


def _model():
    m = ch.Chain()
    with m.init_scope():
        m.l1 = L.Linear(3, 2)
        m.l2 = L.Linear(None, 2)
    return m


def _x():
    return numpy.arange(6, dtype='f').reshape(2, 3) / 6


def _loss(m):
    return lambda: F.sum(m.l2(F.tanh(m.l1(_x()))) ** 2)


# --- public surface -----------------------------------------------------

@pytest.mark.skipif(not os.path.exists(_API), reason='API dump not found')
@pytest.mark.parametrize('modname', ['chainer.optimizers',
                                     'chainer.optimizer_hooks',
                                     'chainer.optimizer',
                                     'chainer.serializers'])
def test_signatures_match_chainer(modname):
    with open(_API) as f:
        api = json.load(f)['modules'][modname]
    import importlib
    mod = importlib.import_module(modname.replace('chainer', 'chainer_compat',
                                                  1))
    for name, entry in api.items():
        if entry['kind'] not in ('class', 'function'):
            continue
        obj = getattr(mod, name)
        sig = entry['signature']
        if 'noise_func' in sig:
            sig = sig.split(', noise_func')[0]
            got = str(inspect.signature(obj)).split(', noise_func')[0]
        else:
            got = str(inspect.signature(obj))
        assert got == sig, (modname, name)


def test_defaults_of_every_optimizer():
    assert optimizers.SGD().lr == 0.01
    m = optimizers.MomentumSGD()
    assert (m.lr, m.momentum) == (0.01, 0.9)
    a = optimizers.Adam()
    assert (a.alpha, a.beta1, a.beta2, a.eps, a.eta, a.weight_decay_rate,
            a.amsgrad, a.adabound, a.final_lr, a.gamma) == (
        0.001, 0.9, 0.999, 1e-8, 1.0, 0, False, False, 0.1, 1e-3)
    assert optimizers.AMSGrad().amsgrad is True
    b = optimizers.AMSBound()
    assert b.amsgrad and b.adabound
    assert optimizers.AdaDelta().rho == 0.95
    r = optimizers.RMSprop()
    assert (r.lr, r.alpha, r.eps, r.eps_inside_sqrt) == (0.01, 0.99, 1e-8,
                                                          False)
    g = optimizers.RMSpropGraves()
    assert (g.lr, g.alpha, g.momentum, g.eps) == (1e-4, 0.95, 0.9, 1e-4)
    assert optimizers.SMORMS3().eps == 1e-16
    v = optimizers.MSVAG()
    assert (v.lr, v.beta, v.eta, v.weight_decay_rate) == (0.1, 0.9, 1.0, 0)


def test_hyperparameter_parent_and_repr():
    parent = O.Hyperparameter()
    parent.x = 1
    parent.y = 2
    child = O.Hyperparameter(parent)
    child.y = 3
    assert (child.x, child.y) == (1, 3)
    assert child.get_dict() == {'x': 1, 'y': 3}
    assert repr(child) == 'Hyperparameter(x=1, y=3)'
    with pytest.raises(AttributeError):
        child.z
    c2 = pickle.loads(pickle.dumps(child))
    assert c2.get_dict() == {'x': 1, 'y': 3}


# --- update protocol ------------------------------------------------------

def test_setup_requires_link_and_returns_self():
    opt = optimizers.SGD()
    with pytest.raises(TypeError, match='optimization target must be a link'):
        opt.setup(object())
    m = _model()
    assert opt.setup(m) is opt
    assert isinstance(m.l1.W.update_rule, optimizers.sgd.SGDRule)
    # lazily initialised params get their rule at setup too
    assert isinstance(m.l2.W.update_rule, optimizers.sgd.SGDRule)


def test_lazy_params_set_up_before_first_forward_are_updated():
    m = _model()
    opt = optimizers.MomentumSGD(lr=0.1).setup(m)
    assert m.l2.W.array is None
    opt.update(_loss(m))
    assert m.l2.W.array is not None
    w = m.l2.W.array.copy()
    opt.update(_loss(m))
    assert not numpy.array_equal(w, m.l2.W.array)
    assert m.l2.W.update_rule.t == 2
    assert set(m.l2.W.update_rule.state) == {'v'}


def test_update_without_lossfun_uses_existing_grads():
    m = _model()
    opt = optimizers.SGD(lr=0.5).setup(m)
    m.cleargrads()
    loss = _loss(m)()
    loss.backward()
    g = m.l1.W.grad.copy()
    w = m.l1.W.array.copy()
    opt.update()
    numpy.testing.assert_allclose(m.l1.W.array, w - 0.5 * g, rtol=1e-6)
    assert opt.t == 1


def test_lossfun_called_before_cleargrads():
    m = _model()
    opt = optimizers.SGD().setup(m)
    order = []

    def lossfun():
        order.append('loss')
        return _loss(m)()
    orig = m.cleargrads
    m.cleargrads = lambda: (order.append('clear'), orig())
    opt.update(lossfun)
    assert order == ['loss', 'clear']


def test_param_identity_and_numpy_view_after_update():
    m = _model()
    opt = optimizers.Adam().setup(m)
    t_before = m.l1.W._t
    view = m.l1.W.array
    opt.update(_loss(m))
    assert m.l1.W._t is t_before          # torch registries stay valid
    assert numpy.shares_memory(view, m.l1.W.array)
    assert isinstance(m.l1.W.update_rule.state['m'], numpy.ndarray)


def test_graph_retained_across_update_can_backprop():
    # GAN-style: a graph built before an update is backpropagated after it
    m = _model()
    opt = optimizers.SGD(lr=0.1).setup(m)
    y = F.sum(m.l1(_x()))
    m.cleargrads()
    y.backward()
    opt.update()
    y.backward()            # must not raise (Chainer allows it)
    assert m.l1.W.grad is not None


def test_disabled_rule_and_per_param_hyperparam():
    m = _model()
    opt = optimizers.SGD(lr=0.1).setup(m)
    opt.update(_loss(m))
    m.l1.b.update_rule.enabled = False
    m.l1.W.update_rule.hyperparam.lr = 0.0
    b = m.l1.b.array.copy()
    w = m.l1.W.array.copy()
    opt.update(_loss(m))
    numpy.testing.assert_array_equal(m.l1.b.array, b)
    numpy.testing.assert_array_equal(m.l1.W.array, w)
    assert m.l1.b.update_rule.t == 1 and m.l1.W.update_rule.t == 2
    assert opt.hyperparam.lr == 0.1


def test_reallocate_cleared_grads_gives_zeros():
    m = _model()
    opt = optimizers.SGD().setup(m)
    m.l2(m.l1(_x()))           # initialise the lazy l2
    m.cleargrads()
    opt.update()
    assert (m.l1.W.grad == 0).all() and (m.l2.W.grad == 0).all()


def test_loss_scale_from_backward_is_undone():
    m = _model()
    opt = optimizers.SGD(lr=1.0).setup(m)
    m.cleargrads()
    _loss(m)().backward()
    ref = m.l1.W.grad.copy()
    w = m.l1.W.array.copy()
    m.cleargrads()
    _loss(m)().backward(loss_scale=64.0)
    numpy.testing.assert_allclose(m.l1.W.grad, ref * 64, rtol=1e-5)
    opt.update()
    numpy.testing.assert_allclose(m.l1.W.array, w - ref, rtol=1e-5)
    # a later backward without loss_scale is not rescaled
    m.cleargrads()
    _loss(m)().backward()
    g = m.l1.W.grad.copy()
    w = m.l1.W.array.copy()
    opt.update()
    numpy.testing.assert_allclose(m.l1.W.array, w - g, rtol=1e-5)


def test_param_loss_scale_attribute():
    p = ch.Parameter(numpy.ones(3, 'f'))
    p.grad = numpy.full(3, 8, 'f')
    p._loss_scale = 4.0
    rule = optimizers.sgd.SGDRule(lr=1.0)
    rule.update(p)
    numpy.testing.assert_array_equal(p.array, [-1, -1, -1])


def test_dynamic_loss_scaling_skips_nonfinite():
    m = _model()
    opt = optimizers.SGD().setup(m)
    opt.loss_scaling(interval=2)
    assert opt._loss_scale == 1.0
    opt.update(_loss(m))
    assert opt._loss_scale == 2.0
    m.cleargrads()
    _loss(m)().backward()
    m.l1.W.grad[0, 0] = numpy.inf
    w = m.l1.W.array.copy()
    with pytest.warns(UserWarning, match='Non finite'):
        opt.update()
    numpy.testing.assert_array_equal(m.l1.W.array, w)
    assert opt._loss_scale == 1.0
    with pytest.raises(ValueError):
        opt.loss_scaling(scale=-1)


# --- hooks ----------------------------------------------------------------

def test_hook_registration_errors():
    opt = optimizers.SGD()
    with pytest.raises(RuntimeError, match='not set up'):
        opt.add_hook(H.WeightDecay(0.1))
    opt.setup(_model())
    opt.add_hook(H.WeightDecay(0.1))
    with pytest.raises(KeyError, match='already exists'):
        opt.add_hook(H.WeightDecay(0.2))
    with pytest.raises(ValueError, match='timing must be one of'):
        opt.add_hook(H.Lasso(0.1), timing='middle')
    with pytest.raises(TypeError, match='callable'):
        opt.add_hook(3, name='x')
    opt.remove_hook('WeightDecay')
    opt.add_hook(H.WeightDecay(0.2))
    assert list(opt._hookable._pre_update_hooks) == ['WeightDecay']


def test_hook_timing_pre_post_and_order():
    m = _model()
    opt = optimizers.SGD().setup(m)
    calls = []

    def pre(o):
        calls.append(('pre', o.t))

    def post(o):
        calls.append(('post', o.t))
    post.timing = 'post'
    opt.add_hook(post)
    opt.add_hook(pre)
    opt.update(_loss(m))
    assert calls == [('pre', 0), ('post', 1)]


def test_rule_hooks_get_rule_and_param():
    p = ch.Parameter(numpy.ones(2, 'f'))
    p.grad = numpy.ones(2, 'f')
    rule = optimizers.sgd.SGDRule(lr=0.5)
    seen = []
    rule.add_hook(lambda r, q: seen.append(('pre', q.array.copy())),
                  name='a')
    rule.add_hook(lambda r, q: seen.append(('post', q.array.copy())),
                  name='b', timing='post')
    rule.update(p)
    assert seen[0][0] == 'pre' and (seen[0][1] == 1).all()
    assert seen[1][0] == 'post' and (seen[1][1] == 0.5).all()


def test_gradient_clipping_global_norm():
    m = _model()
    opt = optimizers.SGD(lr=0.0).setup(m)
    opt.add_hook(H.GradientClipping(1e-3))
    opt.update(_loss(m))
    norm = numpy.sqrt(sum(float((p.grad ** 2).sum()) for p in m.params()))
    numpy.testing.assert_allclose(norm, 1e-3, rtol=1e-4)


def test_hard_clipping_with_none_bound():
    p = ch.Parameter(numpy.zeros(4, 'f'))
    p.grad = numpy.array([-2, -0.5, 0.5, 2], 'f')
    H.GradientHardClipping(None, 1.0)(None, p)
    numpy.testing.assert_array_equal(p.grad, [-2, -0.5, 0.5, 1])


def test_deprecated_hook_aliases_warn():
    with pytest.warns(DeprecationWarning, match='optimizer_hooks.WeightDecay'):
        hook = O.WeightDecay(0.1)
    assert isinstance(hook, H.WeightDecay)
    with pytest.warns(DeprecationWarning):
        O.GradientHardClipping(-1, 1)


# --- Adam specifics -------------------------------------------------------

def test_adam_alpha_t_and_deprecated_lr():
    m = _model()
    opt = optimizers.Adam(alpha=0.1).setup(m)
    with pytest.raises(RuntimeError, match='have not been started'):
        opt.alpha_t
    opt.update(_loss(m))
    expect = 0.1 * numpy.sqrt(1 - 0.999) / (1 - 0.9)
    assert opt.alpha_t == pytest.approx(expect)
    with pytest.warns(DeprecationWarning, match='alpha_t'):
        assert opt.lr == opt.alpha_t
    with pytest.raises(AttributeError):
        opt.lr = 0.5
    assert m.l1.W.update_rule.alpha_t == pytest.approx(expect)


def test_amsgrad_has_vhat_state():
    m = _model()
    opt = optimizers.AMSGrad().setup(m)
    opt.update(_loss(m))
    assert set(m.l1.W.update_rule.state) == {'m', 'v', 'vhat'}


def test_eps_too_small_for_float16():
    p = ch.Parameter(numpy.ones(2, numpy.float16))
    p.grad = numpy.ones(2, numpy.float16)
    rule = optimizers.rmsprop.RMSpropRule(eps=1e-10)
    with pytest.raises(ValueError, match='eps of RMSprop optimizer is too'):
        rule.update(p)


# --- misc -----------------------------------------------------------------

def test_new_epoch_auto_rules():
    opt = optimizers.SGD().setup(_model())
    opt.new_epoch()
    assert opt.epoch == 1
    with pytest.raises(RuntimeError, match='invalid new_epoch'):
        opt.new_epoch(auto=True)
    opt.use_auto_new_epoch = True
    opt.new_epoch(auto=True)
    with pytest.raises(RuntimeError, match='duplicated new_epoch'):
        opt.new_epoch()
    assert opt.epoch == 2


def test_use_cleargrads_deprecated():
    opt = optimizers.SGD().setup(_model())
    with pytest.warns(DeprecationWarning):
        opt.use_cleargrads()


def test_serialize_roundtrip_and_deepcopy():
    from chainer_compat import serializers as S
    m = _model()
    opt = optimizers.Adam().setup(m)
    opt.update(_loss(m))
    opt.update(_loss(m))
    target = S.npz.serialize(opt)
    assert target['t'] == 2 and target['l1/W/t'] == 2
    assert isinstance(target['l1/W/m'], numpy.ndarray)
    m2 = copy.deepcopy(m)
    opt2 = optimizers.Adam().setup(m2)
    # copies: NpzDeserializer hands out the stored arrays themselves
    S.NpzDeserializer({k: numpy.copy(v) for k, v in target.items()}).load(
        opt2)
    assert opt2.t == 2 and m2.l1.W.update_rule.t == 2
    numpy.testing.assert_array_equal(m2.l1.W.update_rule.state['v'],
                                     m.l1.W.update_rule.state['v'])
    opt.update(_loss(m))
    opt2.update(_loss(m2))
    numpy.testing.assert_array_equal(m.l1.W.array, m2.l1.W.array)


def test_use_fp32_update_keeps_master_copy():
    link = ch.Link()
    with link.init_scope():
        link.p = ch.Parameter(numpy.ones(3, numpy.float16))
    opt = optimizers.SGD(lr=1e-4).setup(link)
    opt.use_fp32_update()
    for _ in range(10):
        link.p.grad = numpy.ones(3, numpy.float16)
        opt.update()
    rule = link.p.update_rule
    assert rule._fp32_param.dtype == numpy.float32
    numpy.testing.assert_allclose(rule._fp32_param.array, 1 - 1e-3,
                                  rtol=1e-5)
    assert link.p.dtype == numpy.float16


def test_state_arrays_float16_dtype():
    link = ch.Link()
    with link.init_scope():
        link.p = ch.Parameter(numpy.ones(3, numpy.float16))
    opt = optimizers.Adam().setup(link)
    link.p.grad = numpy.ones(3, numpy.float16)
    opt.update()
    assert link.p.update_rule.state['m'].dtype == numpy.float16


@pytest.mark.skipif(not torch.cuda.is_available(), reason='needs CUDA')
@pytest.mark.parametrize('cls', [optimizers.SGD, optimizers.MomentumSGD,
                                 optimizers.Adam, optimizers.RMSprop,
                                 optimizers.AdaDelta, optimizers.SMORMS3,
                                 optimizers.MSVAG, optimizers.NesterovAG])
def test_cuda_matches_cpu(cls):
    m = _model()
    m.l2(m.l1(_x()))           # initialise the lazy l2
    mg = copy.deepcopy(m)
    mg.to_gpu(0)
    o1 = cls().setup(m)
    o2 = cls().setup(mg)
    for _ in range(3):
        o1.update(_loss(m))
        o2.update(lambda: F.sum(mg.l2(F.tanh(mg.l1(
            ch.backends.cuda.to_gpu(_x())))) ** 2))
    numpy.testing.assert_allclose(
        m.l1.W.array, ch.backends.cuda.to_cpu(mg.l1.W.array), rtol=1e-4)
