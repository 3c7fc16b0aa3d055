"""F3 (connection / loss / rnn): public names and signatures match the
Chainer 7.8.1 API json."""
import inspect
import json
import os

import pytest

import chainer_compat.functions as F

_API = '/work/shared/reference/chainer-7.8.1-api.json'

NAMES = [
    'bilinear', 'convolution_1d', 'convolution_2d', 'convolution_3d',
    'convolution_nd', 'deconvolution_1d', 'deconvolution_2d',
    'deconvolution_3d', 'deconvolution_nd',
    'deformable_convolution_2d_sampler', 'depthwise_convolution_2d',
    'dilated_convolution_2d', 'embed_id', 'linear', 'local_convolution_2d',
    'shift', 'absolute_error', 'black_out', 'contrastive', 'argmax_crf1d',
    'crf1d', 'cross_covariance', 'connectionist_temporal_classification',
    'decov', 'discriminative_margin_based_clustering_loss', 'hinge',
    'huber_loss', 'mean_absolute_error', 'mean_squared_error',
    'negative_sampling', 'sigmoid_cross_entropy', 'softmax_cross_entropy',
    'squared_difference', 'squared_error', 'triplet', 'bernoulli_nll',
    'gaussian_kl_divergence', 'gaussian_nll', 'lstm', 'n_step_bigru',
    'n_step_gru', 'n_step_bilstm', 'n_step_lstm', 'n_step_birnn',
    'n_step_rnn', 'slstm', 'tree_lstm']


def _api():
    if not os.path.exists(_API):
        pytest.skip('API reference not available')
    with open(_API) as f:
        return json.load(f)['modules']['chainer.functions']


@pytest.mark.parametrize('name', NAMES)
def test_signature(name):
    api = _api()
    fn = getattr(F, name)
    assert str(inspect.signature(fn)) == api[name]['signature']


@pytest.mark.parametrize('name', NAMES)
def test_defined_at_chainer_path(name):
    fn = getattr(F, name)
    mod = fn.__module__
    assert mod.startswith('chainer_compat.functions.')
    assert mod.split('.')[2] in ('connection', 'loss', 'rnn')
