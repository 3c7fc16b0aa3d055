"""F3 unit tests: chainer.distribution / chainer.distributions."""
import inspect
import json
import os

import numpy
import pytest

import chainer_compat as ch
from chainer_compat import distribution

D = ch.distributions
_API = '/work/shared/reference/chainer-7.8.1-api.json'
CLASSES = ['Bernoulli', 'Beta', 'Categorical', 'Cauchy', 'Chisquare',
           'Dirichlet', 'Exponential', 'Gamma', 'Geometric', 'Gumbel',
           'Independent', 'Laplace', 'LogNormal', 'MultivariateNormal',
           'Normal', 'OneHotCategorical', 'Pareto', 'Poisson', 'Uniform']


@pytest.mark.parametrize('name', CLASSES)
def test_class_signature(name):
    if not os.path.exists(_API):
        pytest.skip('API reference not available')
    with open(_API) as f:
        api = json.load(f)['modules']['chainer.distributions']
    cls = getattr(D, name)
    assert issubclass(cls, ch.Distribution)
    assert str(inspect.signature(cls)) == api[name]['signature']


def test_top_level_functions():
    assert ch.kl_divergence is distribution.kl_divergence
    assert str(inspect.signature(ch.register_kl)) == '(Dist1, Dist2)'


def test_register_kl_binds_none_and_dispatches():
    class A(ch.Distribution):
        pass

    @ch.register_kl(A, A)
    def kl(p, q):
        return 42
    assert kl is None  # as in Chainer
    assert ch.kl_divergence(A(), A()) == 42


def test_kl_unregistered_pair_keyerror():
    with pytest.raises(KeyError):
        ch.kl_divergence(D.Normal(numpy.zeros(1, 'f'), numpy.ones(1, 'f')),
                         D.Laplace(numpy.zeros(1, 'f'), numpy.ones(1, 'f')))


def test_cross_entropy_calls_entropy_like_chainer():
    d = D.Normal(numpy.zeros(1, 'f'), numpy.ones(1, 'f'))
    with pytest.raises(TypeError):
        ch.cross_entropy(d, d)


def test_base_not_implemented():
    d = ch.Distribution()
    with pytest.raises(NotImplementedError):
        d.log_prob(0)
    with pytest.raises(NotImplementedError):
        d.batch_shape


def test_normal_scale_xor_log_scale():
    with pytest.raises(ValueError):
        D.Normal(numpy.zeros(1, 'f'))
    with pytest.raises(ValueError):
        D.Normal(numpy.zeros(1, 'f'), numpy.ones(1, 'f'),
                 log_scale=numpy.zeros(1, 'f'))


def test_cached_property_readonly_and_cached():
    d = D.Normal(numpy.zeros(2, 'f'), numpy.ones(2, 'f'))
    assert d.loc is d.loc
    with pytest.raises(AttributeError):
        d.loc = 1


def test_sample_shapes_and_reparameterisation():
    loc = ch.Variable(numpy.zeros((2, 3), 'f'))
    scale = ch.Variable(numpy.ones((2, 3), 'f'))
    d = D.Normal(loc, scale)
    assert d.sample().shape == (2, 3)
    assert d.sample(4).shape == (4, 2, 3)
    assert d.sample((2, 5)).shape == (2, 5, 2, 3)
    s = d.sample(7)
    s.grad = numpy.ones(s.shape, 'f')
    s.backward()
    numpy.testing.assert_array_equal(loc.grad, numpy.full((2, 3), 7, 'f'))
    assert scale.grad is not None


def test_normal_sample_follows_numpy_rng():
    numpy.random.seed(3)
    s = D.Normal(numpy.zeros(3, 'f'), numpy.ones(3, 'f')).sample(2).array
    numpy.random.seed(3)
    e = numpy.random.standard_normal((2, 3)).astype('f')
    numpy.testing.assert_array_equal(s, e)


def test_independent_shapes():
    base = D.Normal(numpy.zeros((2, 3, 4), 'f'), numpy.ones((2, 3, 4), 'f'))
    d = D.Independent(base)
    assert d.batch_shape == (2,) and d.event_shape == (3, 4)
    with pytest.raises(ValueError):
        D.Independent(base, reinterpreted_batch_ndims=4)
    with pytest.raises(RuntimeError):
        d.icdf(0.5)


def test_uniform_requires_one_pair():
    with pytest.raises(ValueError):
        D.Uniform(low=numpy.zeros(1, 'f'))
    with pytest.raises(ValueError):
        D.Uniform(low=numpy.zeros(1, 'f'), high=numpy.ones(1, 'f'),
                  loc=numpy.zeros(1, 'f'), scale=numpy.ones(1, 'f'))


def test_bernoulli_log_prob_inf_logit_grad_nan():
    logit = ch.Variable(numpy.array([numpy.inf, 0.0], 'f'))
    lp = D.Bernoulli(logit=logit).log_prob(numpy.array([1.0, 1.0], 'f'))
    numpy.testing.assert_allclose(lp.array, [0.0, numpy.log(0.5)], rtol=1e-6)
    lp.grad = numpy.ones(2, 'f')
    lp.backward()
    assert numpy.isnan(logit.grad[0]) and numpy.isfinite(logit.grad[1])


def test_cauchy_mean_warns_nan():
    d = D.Cauchy(numpy.zeros(2, 'f'), numpy.ones(2, 'f'))
    with pytest.warns(RuntimeWarning):
        m = d.mean
    assert numpy.isnan(m.array).all()


def test_pareto_mean_inf_for_small_alpha():
    d = D.Pareto(numpy.ones(2, 'f'), numpy.array([0.5, 3.0], 'f'))
    assert numpy.isinf(d.mean.array[0]) and numpy.isfinite(d.mean.array[1])


def test_categorical_logit_kwarg_only():
    d = D.Categorical(logit=numpy.zeros((2, 3), 'f'))
    assert d.batch_shape == (2,) and d.event_shape == ()
    with pytest.raises(ValueError):
        D.Categorical()


def test_mvn_requires_scale_tril():
    with pytest.raises(ValueError):
        D.MultivariateNormal(numpy.zeros(3, 'f'))
