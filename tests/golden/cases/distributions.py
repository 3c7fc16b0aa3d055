"""Golden cases: chainer.distributions + chainer.distribution (F3)."""
import numpy

from tests.golden.registry import case

F64 = ('float32', 'float64')


def _collect(ch, params, stats, seed=1):
    """Record every stat and the grads of a random projection of the float
    stats w.r.t. ``params``."""
    rng = numpy.random.RandomState(seed)
    out = {}
    fl = []
    for k in sorted(stats):
        v = stats[k]
        arr = v.array if hasattr(v, 'array') else numpy.asarray(v)
        out[k] = arr
        if hasattr(v, 'array') and v.dtype.kind == 'f' and \
                v.creator is not None and all(v is not u for u in fl):
            fl.append(v)
    pv = [params[k] for k in sorted(params)]
    if fl:
        gys = [ch.Variable(numpy.asarray(rng.randn(*v.shape)).astype(v.dtype))
               for v in fl]
        gs = ch.grad(fl, pv, gys)
        for k, g in zip(sorted(params), gs):
            out['g_' + k] = None if g is None else g.array
    return out


def _pos(r, shape, dtype, low=0.5, high=2.0):
    return r.uniform(low, high, shape).astype(dtype)


@case('normal', dtypes=F64, seed=0)
def normal(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(0)
    loc = ch.Variable(r.randn(2, 3).astype(dtype))
    scale = ch.Variable(_pos(r, (2, 3), dtype))
    loc2 = ch.Variable(r.randn(2, 3).astype(dtype))
    ls2 = ch.Variable(r.randn(2, 3).astype(dtype) * 0.3)
    d = D.Normal(loc, scale)
    d2 = D.Normal(loc2, log_scale=ls2)
    x = r.randn(2, 3).astype(dtype)
    u = r.uniform(0.1, 0.9, (2, 3)).astype(dtype)
    s = d.sample(4)
    stats = {'sample': s, 'lp_s': d.log_prob(s), 'lp': d.log_prob(x),
             'p': d.prob(x), 'cdf': d.cdf(x), 'icdf': d.icdf(u),
             'logcdf': d.log_cdf(x), 'sf': d.survival_function(x),
             'logsf': d.log_survival_function(x), 'ent': d.entropy,
             'mean': d.mean, 'var': d.variance, 'std': d.stddev,
             'kl': ch.kl_divergence(d, d2), 'kl2': ch.kl_divergence(d2, d),
             'd2_s': d2.sample((2, 2)), 'd2_scale': d2.scale}
    out = _collect(ch, {'loc': loc, 'scale': scale, 'loc2': loc2,
                        'ls2': ls2}, stats)
    out['batch_shape'] = numpy.array(d.batch_shape)
    out['event_shape'] = numpy.array(d.event_shape)
    return out


def _two_param(ch, dtype, cls, names, pos, x, extra=(), icdf=False,
               seed=1):
    r = numpy.random.RandomState(seed)
    ps = {}
    for n, p in zip(names, pos):
        v = _pos(r, (2, 3), dtype) if p else r.randn(2, 3).astype(dtype)
        ps[n] = ch.Variable(v)
    ps2 = {n + '2': ch.Variable(ps[n].array * 1.3 + 0.1) for n in names}
    d = cls(*[ps[n] for n in names])
    d2 = cls(*[ps2[n + '2'] for n in names])
    s = d.sample(3)
    stats = {'sample': s, 'lp_x': d.log_prob(x(r, dtype)), 'lp_s':
             d.log_prob(s)}
    for name in extra:
        v = getattr(d, name)
        stats[name] = v(x(r, dtype)) if callable(v) else v
    if icdf:
        stats['icdf'] = d.icdf(r.uniform(0.1, 0.9, (2, 3)).astype(dtype))
    try:
        stats['kl'] = ch.kl_divergence(d, d2)
    except KeyError:
        pass
    params = dict(ps)
    params.update(ps2)
    return _collect(ch, params, stats)


def _xreal(r, dtype):
    return r.randn(2, 3).astype(dtype)


def _xpos(r, dtype):
    return r.uniform(0.2, 3.0, (2, 3)).astype(dtype)


def _xunit(r, dtype):
    return r.uniform(0.05, 0.95, (2, 3)).astype(dtype)


@case('laplace', dtypes=F64, seed=0)
def laplace(ch, dtype):
    return _two_param(ch, dtype, ch.distributions.Laplace, ('loc', 'scale'),
                      (False, True), _xreal,
                      ('prob', 'cdf', 'entropy', 'mean', 'mode', 'variance',
                       'stddev'), icdf=True)


@case('gumbel', dtypes=F64, seed=0)
def gumbel(ch, dtype):
    return _two_param(ch, dtype, ch.distributions.Gumbel, ('loc', 'scale'),
                      (False, True), _xreal, ('entropy', 'mean', 'variance'))


@case('cauchy', dtypes=F64, seed=0)
def cauchy(ch, dtype):
    return _two_param(ch, dtype, ch.distributions.Cauchy, ('loc', 'scale'),
                      (False, True), _xreal, ('cdf', 'entropy'), icdf=True)


@case('log_normal', dtypes=F64, seed=0)
def log_normal(ch, dtype):
    return _two_param(ch, dtype, ch.distributions.LogNormal, ('mu', 'sigma'),
                      (False, True), _xpos, ('entropy', 'mean', 'variance'))


@case('gamma_beta', dtypes=F64, seed=0,
      tol={'float64': dict(atol=1e-8, rtol=1e-8)})
def gamma_beta(ch, dtype):
    out = _two_param(ch, dtype, ch.distributions.Gamma, ('k', 'theta'),
                     (True, True), _xpos, ('entropy', 'mean', 'variance'))
    o2 = _two_param(ch, dtype, ch.distributions.Beta, ('a', 'b'),
                    (True, True), _xunit, ('entropy', 'mean', 'variance'))
    out.update({'beta_' + k: v for k, v in o2.items()})
    return out


@case('pareto', dtypes=F64, seed=0)
def pareto(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(3)
    scale = ch.Variable(_pos(r, (2, 3), dtype))
    alpha = ch.Variable(numpy.array([[0.5, 1.5, 2.5], [3.0, 1.2, 4.0]],
                                    dtype))
    d = D.Pareto(scale, alpha)
    d2 = D.Pareto(ch.Variable(scale.array * 0.9), ch.Variable(alpha.array))
    s = d.sample(2)
    stats = {'sample': s, 'lp_s': d.log_prob(s),
             'lp_x': d.log_prob(_xpos(r, dtype)), 'ent': d.entropy,
             'mean': d.mean, 'var': d.variance,
             'kl': ch.kl_divergence(d, d2)}
    return _collect(ch, {'scale': scale, 'alpha': alpha}, stats)


@case('single_param', dtypes=F64, seed=0)
def single_param(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(4)
    out = {}
    for name, cls, x, attrs in (
            ('exp', D.Exponential, _xpos, ('cdf', 'entropy', 'mean',
                                           'variance')),
            ('chi', D.Chisquare, _xpos, ('entropy', 'mean', 'variance')),
            ('poi', D.Poisson, None, ('mean', 'variance')),
            ('geo', D.Geometric, None, ('mean', 'variance'))):
        if name == 'geo':
            p = ch.Variable(r.uniform(0.2, 0.8, (2, 3)).astype(dtype))
        else:
            p = ch.Variable(_pos(r, (2, 3), dtype))
        p2 = ch.Variable(p.array * 0.8)
        d, d2 = cls(p), cls(p2)
        s = d.sample(3)
        if x is None:
            xx = r.randint(1, 4, (2, 3)).astype(numpy.int32)
        else:
            xx = x(r, dtype)
        stats = {'sample': s, 'lp_s': d.log_prob(s), 'lp_x': d.log_prob(xx)}
        for a in attrs:
            v = getattr(d, a)
            stats[a] = v(xx) if callable(v) else v
        if name == 'exp':
            stats['icdf'] = d.icdf(_xunit(r, dtype))
        if name != 'chi':
            stats['kl'] = ch.kl_divergence(d, d2)
        o = _collect(ch, {'p': p, 'p2': p2}, stats)
        out.update({name + '_' + k: v for k, v in o.items()})
    return out


@case('bernoulli', dtypes=F64, seed=0)
def bernoulli(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(5)
    logit = ch.Variable(r.randn(2, 3).astype(dtype))
    p = ch.Variable(r.uniform(0.1, 0.9, (2, 3)).astype(dtype))
    d = D.Bernoulli(logit=logit)
    d2 = D.Bernoulli(p=p)
    x = r.randint(0, 2, (2, 3)).astype(dtype)
    s = d.sample(3)
    stats = {'sample': s, 'lp_x': d.log_prob(x), 'lp2_x': d2.log_prob(x),
             'prob': d.prob(x), 'ent': d.entropy, 'ent2': d2.entropy,
             'mean': d.mean, 'var': d.variance, 'std': d.stddev,
             'kl': ch.kl_divergence(d, d2), 'p': d.p, 'logit2': d2.logit}
    dc = D.Bernoulli(logit=ch.Variable(r.randn(2, 3).astype(dtype)),
                     binary_check=True)
    xb = numpy.array([[0, 1, 0.5], [1, 0.3, 0]], dtype)
    stats['bc_lp'] = dc.log_prob(xb)
    stats['bc_prob'] = dc.prob(xb)
    return _collect(ch, {'logit': logit, 'p': p}, stats)


@case('categorical', dtypes=F64, seed=0)
def categorical(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(6)
    logit = ch.Variable(r.randn(2, 4).astype(dtype))
    p = r.uniform(0.1, 1, (2, 4))
    p = ch.Variable((p / p.sum(axis=1, keepdims=True)).astype(dtype))
    d = D.Categorical(logit=logit)
    d2 = D.Categorical(p)
    x = numpy.array([1, 3], numpy.int32)
    s = d2.sample(3)
    stats = {'sample': s, 'lp_x': d.log_prob(x), 'lp2_x': d2.log_prob(x),
             'lp_s': d.log_prob(s), 'ent': d.entropy, 'ent2': d2.entropy,
             'kl': ch.kl_divergence(d, d2), 'p': d.p}
    oh = D.OneHotCategorical(p)
    oh2 = D.OneHotCategorical(d.p)
    so = oh.sample(2)
    stats.update({'oh_sample': so, 'oh_lp': oh.log_prob(so),
                  'oh_mean': oh.mean, 'oh_var': oh.variance,
                  'oh_kl': ch.kl_divergence(oh, oh2)})
    return _collect(ch, {'logit': logit, 'p': p}, stats)


@case('dirichlet', dtypes=F64, seed=0,
      tol={'float64': dict(atol=1e-8, rtol=1e-8)})
def dirichlet(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(7)
    a = ch.Variable(_pos(r, (2, 3), dtype))
    a2 = ch.Variable(_pos(r, (2, 3), dtype))
    d, d2 = D.Dirichlet(a), D.Dirichlet(a2)
    x = r.uniform(0.1, 1, (2, 3))
    x = (x / x.sum(axis=1, keepdims=True)).astype(dtype)
    s = d.sample(2)
    stats = {'sample': s, 'lp_x': d.log_prob(x), 'ent': d.entropy,
             'mean': d.mean, 'var': d.variance,
             'kl': ch.kl_divergence(d, d2)}
    return _collect(ch, {'a': a, 'a2': a2}, stats)


@case('uniform', dtypes=F64, seed=0)
def uniform(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(8)
    low = ch.Variable(r.randn(2, 3).astype(dtype))
    high = ch.Variable(low.array + _pos(r, (2, 3), dtype))
    loc = ch.Variable(low.array - 0.5)
    scale = ch.Variable(_pos(r, (2, 3), dtype) + 1.5)
    d = D.Uniform(low=low, high=high)
    d2 = D.Uniform(loc=loc, scale=scale)
    x = (low.array + 0.3).astype(dtype)
    s = d.sample(3)
    stats = {'sample': s, 'lp_x': d.log_prob(x), 'lp2_x': d2.log_prob(x),
             'cdf': d.cdf(x), 'icdf': d.icdf(_xunit(r, dtype)),
             'ent': d.entropy, 'mean': d.mean, 'var': d.variance,
             'std': d.stddev, 'kl': ch.kl_divergence(d, d2),
             'kl_inf': ch.kl_divergence(d2, d), 'd2_high': d2.high}
    return _collect(ch, {'low': low, 'high': high, 'loc': loc,
                         'scale': scale}, stats)


@case('multivariate_normal', dtypes=('float32',), seed=0)
def multivariate_normal(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(9)
    loc = ch.Variable(r.randn(2, 3).astype(dtype))
    st = numpy.tril(r.randn(2, 3, 3)) + 2 * numpy.eye(3)
    st = ch.Variable(st.astype(dtype))
    loc2 = ch.Variable(r.randn(2, 3).astype(dtype))
    st2 = numpy.tril(r.randn(2, 3, 3)) + 2 * numpy.eye(3)
    st2 = ch.Variable(st2.astype(dtype))
    d = D.MultivariateNormal(loc, scale_tril=st)
    d2 = D.MultivariateNormal(loc2, scale_tril=st2)
    s = d.sample(2)
    stats = {'sample': s, 'lp_s': d.log_prob(s),
             'lp_x': d.log_prob(r.randn(2, 3).astype(dtype)),
             'ent': d.entropy, 'cov': d.covariance,
             'kl': ch.kl_divergence(d, d2)}
    return _collect(ch, {'loc': loc, 'st': st, 'loc2': loc2, 'st2': st2},
                    stats)


@case('independent', dtypes=F64, seed=0)
def independent(ch, dtype):
    D = ch.distributions
    r = numpy.random.RandomState(10)
    loc = ch.Variable(r.randn(2, 3, 2).astype(dtype))
    scale = ch.Variable(_pos(r, (2, 3, 2), dtype))
    base = D.Normal(loc, scale)
    d = D.Independent(base)
    d1 = D.Independent(D.Normal(loc, scale), reinterpreted_batch_ndims=1)
    d2 = D.Independent(D.Normal(ch.Variable(loc.array + 1),
                                ch.Variable(scale.array * 2)))
    x = r.randn(2, 3, 2).astype(dtype)
    s = d.sample(2)
    stats = {'sample': s, 'lp_x': d.log_prob(x), 'lp1_x': d1.log_prob(x),
             'prob': d.prob(x), 'cdf': d1.cdf(x), 'ent': d.entropy,
             'mean': d.mean, 'var': d.variance,
             'kl': ch.kl_divergence(d, d2)}
    out = _collect(ch, {'loc': loc, 'scale': scale}, stats)
    out['batch_shape'] = numpy.array(d.batch_shape)
    out['event_shape'] = numpy.array(d.event_shape)
    out['batch_shape1'] = numpy.array(d1.batch_shape)
    return out


@case('vae_reparam', dtypes=('float32',), seed=3)
def vae_reparam(ch, dtype):
    """A small VAE step: encoder -> Normal -> reparameterised sample ->
    decoder -> Bernoulli log-likelihood + KL to a standard normal prior."""
    F = ch.functions
    D = ch.distributions
    r = numpy.random.RandomState(11)
    x = r.randint(0, 2, (4, 5)).astype(dtype)
    We = ch.Variable(r.randn(4, 5).astype(dtype) * 0.3)
    Wd = ch.Variable(r.randn(5, 2).astype(dtype) * 0.3)
    h = F.linear(x, We)
    mu, ln_sigma = h[:, :2], h[:, 2:]
    q = D.Normal(mu, log_scale=ln_sigma)
    prior = D.Normal(numpy.zeros((4, 2), dtype), numpy.ones((4, 2), dtype))
    z = q.sample()
    logit = F.linear(z, Wd)
    p = D.Bernoulli(logit=logit)
    rec = p.log_prob(x)
    kl = ch.kl_divergence(q, prior)
    stats = {'z': z, 'rec': rec, 'kl': kl}
    return _collect(ch, {'We': We, 'Wd': Wd}, stats)
