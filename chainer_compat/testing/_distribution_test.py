"""Implementation of ``distribution_unittest`` (compares a Distribution with
its scipy.stats counterpart).

The concrete test's ``setUp_configure`` sets ``self.dist``,
``self.scipy_dist``, ``self.params``, ``self.scipy_params``,
``self.test_targets`` (and optionally ``support``, ``event_shape``,
``continuous``, ``options``, ``sample_for_test``).  For every target ``t``
there is a ``test_t_cpu`` and a GPU-marked ``test_t_gpu`` method.
"""
import functools
import unittest

import numpy

import chainer_compat
from chainer_compat.backends import cuda
from chainer_compat.testing import array
from chainer_compat.testing import attr
from chainer_compat import utils


_TARGETS = frozenset([
    'batch_shape', 'cdf', 'entropy', 'event_shape', 'icdf', 'log_cdf',
    'log_prob', 'log_survival', 'mean', 'prob', 'sample', 'stddev',
    'support', 'survival', 'variance'])


def skip_not_in_test_target(test_target):
    def decorator(f):
        @functools.wraps(f)
        def new_f(self, *args, **kwargs):
            if test_target not in self.test_targets:
                self.skipTest(
                    '\'%s\' does not exist in test_targets.' % test_target)
            else:
                f(self, *args, **kwargs)
        return new_f
    return decorator


class distribution_unittest(unittest.TestCase):

    scipy_onebyone = False

    def setUp(self):
        self.support = 'real'
        if not hasattr(self, 'event_shape'):
            self.event_shape = ()
        self.continuous = True
        self.test_targets = set()
        self.options = {}
        self.setUp_configure()
        unknown = self.test_targets - _TARGETS
        if unknown:
            raise ValueError('invalid target(s): {}'.format(unknown))
        if self.is_variable:
            self.params = {k: chainer_compat.Variable(v)
                           for k, v in self.params.items()}

    def scipy_onebyone_params_iter(self):
        for index in numpy.ndindex(self.shape):
            yield {k: v[index] for k, v in self.scipy_params.items()}

    @property
    def cpu_dist(self):
        params = self.params
        params.update(self.options)
        return self.dist(**params)

    @property
    def gpu_dist(self):
        if self.is_variable:
            gpu_params = {k: chainer_compat.Variable(cuda.to_gpu(v.data))
                          for k, v in self.params.items()}
        else:
            gpu_params = {k: cuda.to_gpu(v) for k, v in self.params.items()}
        gpu_params.update(self.options)
        return self.dist(**gpu_params)

    def _dist(self, is_gpu):
        return self.gpu_dist if is_gpu else self.cpu_dist

    def _sample(self, is_gpu):
        smp = self.sample_for_test()
        return smp, (cuda.to_gpu(smp) if is_gpu else smp)

    def _onebyone(self, method, shape):
        values = [method(**p) for p in self.scipy_onebyone_params_iter()]
        return numpy.vstack(values).reshape(shape)

    # --- checks (one per target; tests may override them) ---

    def check_cdf(self, is_gpu):
        smp, smp_dev = self._sample(is_gpu)
        cdf1 = self._dist(is_gpu).cdf(smp_dev).data
        cdf2 = self.scipy_dist.cdf(smp, **self.scipy_params)
        array.assert_allclose(cdf1, cdf2)

    def check_entropy(self, is_gpu):
        ent1 = self._dist(is_gpu).entropy.data
        if self.scipy_onebyone:
            ent2 = self._onebyone(self.scipy_dist.entropy, self.shape)
        else:
            ent2 = self.scipy_dist.entropy(**self.scipy_params)
        array.assert_allclose(ent1, ent2)

    def check_icdf(self, is_gpu):
        smp = numpy.random.uniform(
            1e-5, 1 - 1e-5, self.sample_shape + self.shape
        ).astype(numpy.float32)
        smp_dev = cuda.to_gpu(smp) if is_gpu else smp
        icdf1 = self._dist(is_gpu).icdf(smp_dev).data
        icdf2 = self.scipy_dist.ppf(smp, **self.scipy_params)
        array.assert_allclose(icdf1, icdf2)

    def check_log_cdf(self, is_gpu):
        smp, smp_dev = self._sample(is_gpu)
        log_cdf1 = self._dist(is_gpu).log_cdf(smp_dev).data
        log_cdf2 = self.scipy_dist.logcdf(smp, **self.scipy_params)
        array.assert_allclose(log_cdf1, log_cdf2)

    def check_log_prob(self, is_gpu):
        smp, smp_dev = self._sample(is_gpu)
        log_prob1 = self._dist(is_gpu).log_prob(smp_dev).data
        scipy_prob = (self.scipy_dist.logpdf if self.continuous
                      else self.scipy_dist.logpmf)
        if self.scipy_onebyone:
            n_sample = utils.size_of_shape(self.sample_shape)
            n_batch = utils.size_of_shape(self.shape)
            n_event = utils.size_of_shape(self.event_shape)
            per_batch = numpy.swapaxes(
                smp.reshape(n_sample, n_batch, n_event), 0, 1)
            per_batch = per_batch.reshape(
                (-1,) + self.sample_shape + self.event_shape)
            values = [scipy_prob(one_smp, **one_params)
                      for one_params, one_smp in zip(
                          self.scipy_onebyone_params_iter(), per_batch)]
            log_prob2 = numpy.vstack(values).reshape(n_batch, -1).T
            log_prob2 = log_prob2.reshape(self.sample_shape + self.shape)
        else:
            log_prob2 = scipy_prob(smp, **self.scipy_params)
        array.assert_allclose(log_prob1, log_prob2)

    def check_log_survival(self, is_gpu):
        smp, smp_dev = self._sample(is_gpu)
        v1 = self._dist(is_gpu).log_survival_function(smp_dev).data
        v2 = self.scipy_dist.logsf(smp, **self.scipy_params)
        array.assert_allclose(v1, v2)

    def check_mean(self, is_gpu):
        mean1 = self._dist(is_gpu).mean.data
        if self.scipy_onebyone:
            mean2 = self._onebyone(
                self.scipy_dist.mean,
                self.shape + self.cpu_dist.event_shape)
        else:
            mean2 = self.scipy_dist.mean(**self.scipy_params)
        array.assert_allclose(mean1, mean2)

    def check_prob(self, is_gpu):
        smp, smp_dev = self._sample(is_gpu)
        prob1 = self._dist(is_gpu).prob(smp_dev).data
        if self.continuous:
            prob2 = self.scipy_dist.pdf(smp, **self.scipy_params)
        else:
            prob2 = self.scipy_dist.pmf(smp, **self.scipy_params)
        array.assert_allclose(prob1, prob2)

    def check_sample(self, is_gpu):
        n = 100000
        smp1 = self._dist(is_gpu).sample(
            sample_shape=(n,) + self.sample_shape).data
        event_shape = self.cpu_dist.event_shape
        if self.scipy_onebyone:
            draws = [self.scipy_dist.rvs(size=(n,) + self.sample_shape,
                                         **one_params)
                     for one_params in self.scipy_onebyone_params_iter()]
            smp2 = numpy.vstack(draws).reshape(
                (utils.size_of_shape(self.shape), n) + self.sample_shape
                + event_shape)
            smp2 = numpy.rollaxis(smp2, 0, smp2.ndim - len(event_shape))
            smp2 = smp2.reshape(
                (n,) + self.sample_shape + self.shape + event_shape)
        else:
            smp2 = self.scipy_dist.rvs(
                size=(n,) + self.sample_shape + self.shape,
                **self.scipy_params)
        array.assert_allclose(smp1.mean(axis=0), smp2.mean(axis=0),
                              atol=3e-2, rtol=3e-2)
        array.assert_allclose(smp1.std(axis=0), smp2.std(axis=0),
                              atol=3e-2, rtol=3e-2)

    def check_stddev(self, is_gpu):
        stddev1 = self._dist(is_gpu).stddev.data
        stddev2 = self.scipy_dist.std(**self.scipy_params)
        array.assert_allclose(stddev1, stddev2)

    def check_survival(self, is_gpu):
        smp, smp_dev = self._sample(is_gpu)
        v1 = self._dist(is_gpu).survival_function(smp_dev).data
        v2 = self.scipy_dist.sf(smp, **self.scipy_params)
        array.assert_allclose(v1, v2)

    def check_variance(self, is_gpu):
        variance1 = self._dist(is_gpu).variance.data
        if self.scipy_onebyone:
            variance2 = self._onebyone(
                self.scipy_dist.var, self.shape + self.cpu_dist.event_shape)
        else:
            variance2 = self.scipy_dist.var(**self.scipy_params)
        array.assert_allclose(variance1, variance2)


def _attribute_test(target, attr_name):
    def test(self, is_gpu):
        self.assertEqual(getattr(self._dist(is_gpu), target),
                         getattr(self, attr_name))
    return test


def _check_test(target):
    def test(self, is_gpu):
        getattr(self, 'check_' + target)(is_gpu)
    return test


def _install_tests():
    for target in sorted(_TARGETS):
        if target in ('batch_shape', 'event_shape', 'support'):
            body = _attribute_test(
                target, 'shape' if target == 'batch_shape' else target)
        else:
            body = _check_test(target)

        def make(is_gpu, body=body, target=target):
            def test(self):
                body(self, is_gpu)
            test.__name__ = 'test_{}_{}'.format(
                target, 'gpu' if is_gpu else 'cpu')
            test.__qualname__ = 'distribution_unittest.' + test.__name__
            test = skip_not_in_test_target(target)(test)
            if is_gpu:
                test = attr.gpu(test)
            return test

        for is_gpu in (False, True):
            t = make(is_gpu)
            setattr(distribution_unittest, t.__name__, t)


_install_tests()
