"""Golden trajectories of every optimizer and optimizer hook.

Each run trains a fixed small model (Linear 3->2 with seeded weights, plus a
lazily-initialised Linear(None, 2) set up before its first forward) for 10
updates on fixed data and records every parameter after each step, plus the
final update-rule states.  A mid-run hyperparameter change (``opt.lr = ...``
or ``opt.alpha = ...``) happens after step 5.
"""
import numpy

from tests.golden.registry import case

_STEPS = 10
# float64 forward/backward of the facade differs from numpy in the last bits
_TOL = {'float64': dict(atol=1e-9, rtol=1e-6)}


def _model(ch, dtype, lazy=False):
    L = ch.links
    rng = numpy.random.RandomState(1)
    W0 = rng.uniform(-1, 1, (2, 3)).astype(dtype)
    b0 = rng.uniform(-1, 1, (2,)).astype(dtype)
    W1 = rng.uniform(-1, 1, (2, 2)).astype(dtype)
    b1 = numpy.zeros(2, dtype=dtype)

    class Net(ch.Chain):
        def __init__(self):
            super(Net, self).__init__()
            with self.init_scope():
                self.l1 = L.Linear(3, 2, initialW=W0, initial_bias=b0)
                self.l2 = L.Linear(None if lazy else 2, 2, initialW=W1,
                                   initial_bias=b1)

        def forward(self, x):
            return self.l2(ch.functions.tanh(self.l1(x)))

    return Net()


def _data(dtype):
    rng = numpy.random.RandomState(2)
    x = rng.uniform(-1, 1, (4, 3)).astype(dtype)
    t = rng.uniform(-1, 1, (4, 2)).astype(dtype)
    return x, t


def _train(ch, dtype, opt, change=None, hooks=(), prefix='',
           use_lossfun=True):
    # under config.dtype=dtype: the lazy l2 is initialised at the first
    # forward with the default dtype
    with ch.using_config('dtype', numpy.dtype(dtype)):
        return _train_body(ch, dtype, opt, change, hooks, prefix,
                           use_lossfun)


def _train_body(ch, dtype, opt, change, hooks, prefix, use_lossfun):
    F = ch.functions
    model = _model(ch, dtype, lazy=True)
    opt.setup(model)           # before the first forward (lazy l2)
    for h in hooks:
        opt.add_hook(h)
    x, t = _data(dtype)
    out = {}

    def lossfun(x, t):
        return F.mean_squared_error(model(x), t)

    for step in range(_STEPS):
        if change is not None and step == _STEPS // 2:
            setattr(opt, change[0], change[1])
        if use_lossfun:
            opt.update(lossfun, x, t)
        else:
            model.cleargrads()
            loss = lossfun(x, t)
            loss.backward()
            opt.update()
        for name, p in model.namedparams():
            out.setdefault('{}{}'.format(prefix, name.replace('/', '_')),
                           []).append(p.array.copy())
    # one (steps, ...) trajectory array per parameter
    out = {k: numpy.stack(v) for k, v in out.items()}
    for name, p in model.namedparams():
        state = p.update_rule.state or {}
        for k in sorted(state):
            out['{}state{}_{}'.format(prefix, name.replace('/', '_'), k)] = \
                numpy.asarray(state[k]).copy()
    out[prefix + 't'] = numpy.asarray(opt.t)
    return out


def _pair(ch, dtype, cls, kwargs, change):
    out = _train(ch, dtype, cls(), prefix='default_')
    out.update(_train(ch, dtype, cls(**kwargs), change=change,
                      prefix='custom_'))
    return out


@case('sgd', tol=_TOL)
def sgd(ch, dtype):
    out = _pair(ch, dtype, ch.optimizers.SGD, dict(lr=0.1), ('lr', 0.05))
    # the manual protocol: cleargrads / backward / update()
    out.update(_train(ch, dtype, ch.optimizers.SGD(lr=0.2), prefix='manual_',
                      use_lossfun=False))
    return out


@case('momentum_sgd', tol=_TOL)
def momentum_sgd(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.MomentumSGD,
                 dict(lr=0.05, momentum=0.5), ('lr', 0.5))


@case('nesterov_ag', tol=_TOL)
def nesterov_ag(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.NesterovAG,
                 dict(lr=0.05, momentum=0.8), ('lr', 0.01))


@case('corrected_momentum_sgd', tol=_TOL)
def corrected_momentum_sgd(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.CorrectedMomentumSGD,
                 dict(lr=0.05, momentum=0.5), ('lr', 0.5))


@case('ada_grad', tol=_TOL)
def ada_grad(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.AdaGrad,
                 dict(lr=0.1, eps=1e-4), ('lr', 0.01))


@case('ada_delta', tol=_TOL)
def ada_delta(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.AdaDelta,
                 dict(rho=0.9, eps=1e-4), ('rho', 0.5))


@case('rmsprop', tol=_TOL)
def rmsprop(ch, dtype):
    out = _pair(ch, dtype, ch.optimizers.RMSprop,
                dict(lr=0.05, alpha=0.9, eps=1e-4), ('lr', 0.01))
    out.update(_train(ch, dtype, ch.optimizers.RMSprop(
        lr=0.05, eps=1e-4, eps_inside_sqrt=True), prefix='inside_'))
    return out


@case('rmsprop_graves', tol=_TOL)
def rmsprop_graves(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.RMSpropGraves,
                 dict(lr=1e-2, alpha=0.9, momentum=0.5, eps=1e-3),
                 ('lr', 0.05))


@case('adam', tol=_TOL)
def adam(ch, dtype):
    out = _pair(ch, dtype, ch.optimizers.Adam,
                dict(alpha=0.01, beta1=0.8, beta2=0.99, eps=1e-6, eta=0.5,
                     weight_decay_rate=0.01), ('alpha', 0.05))
    opt = ch.optimizers.Adam(alpha=0.02)
    out.update(_train(ch, dtype, opt, change=('eta', 0.5), prefix='eta_'))
    out['eta_alpha_t'] = numpy.asarray(opt.alpha_t)
    return out


@case('adam_variants', tol=_TOL)
def adam_variants(ch, dtype):
    O = ch.optimizers
    out = _train(ch, dtype, O.AdamW(alpha=0.01, weight_decay_rate=0.1),
                 prefix='adamw_')
    out.update(_train(ch, dtype, O.AMSGrad(alpha=0.01), prefix='amsgrad_',
                      change=('alpha', 0.02)))
    out.update(_train(ch, dtype, O.AdaBound(alpha=0.01, final_lr=0.05),
                      prefix='adabound_', change=('alpha', 0.02)))
    out.update(_train(ch, dtype, O.AMSBound(alpha=0.01, final_lr=0.05,
                                             gamma=0.1),
                      prefix='amsbound_'))
    out.update(_train(ch, dtype, O.AdaBound(), prefix='adaboundd_'))
    return out


@case('smorms3', tol=_TOL)
def smorms3(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.SMORMS3,
                 dict(lr=0.01, eps=1e-10), ('lr', 0.05))


@case('msvag', tol=_TOL)
def msvag(ch, dtype):
    return _pair(ch, dtype, ch.optimizers.MSVAG,
                 dict(lr=0.05, beta=0.8, eta=0.7, weight_decay_rate=0.01),
                 ('lr', 0.2))


@case('hooks', tol=_TOL)
def hooks(ch, dtype):
    H = ch.optimizer_hooks
    O = ch.optimizers
    out = {}
    for name, hook in [('wd', H.WeightDecay(0.05)),
                       ('lasso', H.Lasso(0.05)),
                       ('clip', H.GradientClipping(0.3)),
                       ('clipbig', H.GradientClipping(100.0)),
                       ('hard', H.GradientHardClipping(-0.05, 0.08)),
                       ('lars', H.GradientLARS(threshold=0.1,
                                               weight_decay=0.01)),
                       ('noise', H.GradientNoise(0.01))]:
        out.update(_train(ch, dtype, O.MomentumSGD(lr=0.1), hooks=(hook,),
                          prefix=name + '_'))
    # two hooks in registration order, on Adam
    out.update(_train(ch, dtype, O.Adam(alpha=0.01),
                      hooks=(H.WeightDecay(0.1), H.GradientClipping(0.2)),
                      prefix='two_'))
    return out


@case('rule_hooks_and_per_param', tol=_TOL)
def rule_hooks_and_per_param(ch, dtype):
    F = ch.functions
    H = ch.optimizer_hooks
    with ch.using_config('dtype', numpy.dtype(dtype)):
        return _rule_hooks_body(ch, dtype, F, H)


def _rule_hooks_body(ch, dtype, F, H):
    model = _model(ch, dtype)
    opt = ch.optimizers.MomentumSGD(lr=0.1).setup(model)
    x, t = _data(dtype)
    model.l1.W.update_rule.add_hook(H.WeightDecay(0.1), timing='post')
    model.l1.b.update_rule.add_hook(H.GradientHardClipping(-0.01, 0.01))
    model.l1.W.update_rule.hyperparam.lr = 0.3
    model.l2.disable_update()
    out = {}
    for step in range(6):
        if step == 3:
            model.l2.enable_update()
            model.l1.b.update_rule.enabled = False
        opt.update(lambda: F.mean_squared_error(model(x), t))
        for name, p in model.namedparams():
            out['{}_{}'.format(name.replace('/', '_'), step)] = \
                p.array.copy()
            out['grad{}_{}'.format(name.replace('/', '_'), step)] = \
                p.grad.copy()
    out['t_W'] = numpy.asarray(model.l1.W.update_rule.t)
    out['t_b'] = numpy.asarray(model.l1.b.update_rule.t)
    return out


@case('loss_scale', tol=_TOL)
def loss_scale(ch, dtype):
    with ch.using_config('dtype', numpy.dtype(dtype)):
        return _loss_scale_body(ch, dtype)


def _loss_scale_body(ch, dtype):
    F = ch.functions
    out = {}
    # backward(loss_scale=) then update(): grads are unscaled by the rule
    model = _model(ch, dtype)
    opt = ch.optimizers.SGD(lr=0.1).setup(model)
    x, t = _data(dtype)
    for step in range(3):
        model.cleargrads()
        loss = F.mean_squared_error(model(x), t)
        loss.backward(loss_scale=8.0)
        out['scaled_grad_{}'.format(step)] = model.l1.W.grad.copy()
        opt.update()
        out['grad_{}'.format(step)] = model.l1.W.grad.copy()
        out['W_{}'.format(step)] = model.l1.W.array.copy()
    # static loss scaling configured on the optimizer, with WeightDecay
    model = _model(ch, dtype)
    opt = ch.optimizers.MomentumSGD(lr=0.1).setup(model)
    opt.loss_scaling(scale=16.0)
    opt.add_hook(ch.optimizer_hooks.WeightDecay(0.1))
    for step in range(3):
        opt.update(lambda: F.mean_squared_error(model(x), t))
        out['static_W_{}'.format(step)] = model.l1.W.array.copy()
        out['static_b_{}'.format(step)] = model.l2.b.array.copy()
    return out


@case('float16_rules', dtypes=('float16',))
def float16_rules(ch, dtype):
    # update rules on float16 parameters with given gradients (no forward)
    O = ch.optimizers
    rng = numpy.random.RandomState(3)
    data = rng.uniform(-1, 1, (3, 4)).astype(dtype)
    grads = [rng.uniform(-1, 1, (3, 4)).astype(dtype) for _ in range(5)]
    out = {}
    for name, opt in [('sgd', O.SGD(lr=0.1)),
                      ('momentum', O.MomentumSGD(lr=0.1)),
                      ('adam', O.Adam(alpha=0.01)),
                      ('amsgrad', O.AMSGrad(alpha=0.01)),
                      ('rmsprop', O.RMSprop(lr=0.01, eps=1e-4)),
                      ('adagrad', O.AdaGrad(lr=0.1, eps=1e-4)),
                      ('fp32', O.Adam(alpha=0.01))]:
        link = ch.Link()
        with link.init_scope():
            link.p = ch.Parameter(data.copy())
        opt.setup(link)
        if name == 'fp32':
            opt.use_fp32_update()
        for i, g in enumerate(grads):
            link.p.grad = g.copy()
            opt.update()
            out['{}_{}'.format(name, i)] = link.p.array.copy()
    return out
