"""F2 (array / pooling / normalization): public names and signatures match
the Chainer 7.8.1 API json, and are defined at Chainer's module paths."""
import inspect
import json
import os

import pytest

import chainer_compat.functions as F

_API = '/work/shared/reference/chainer-7.8.1-api.json'

ARRAY = (
    'as_strided broadcast broadcast_to cast concat copy depth2space '
    'space2depth diagonal dstack expand_dims flatten flip fliplr flipud '
    'get_item hstack im2col moveaxis pad pad_sequence permutate repeat '
    'reshape resize_images rollaxis scatter_add select_item separate '
    'spatial_transformer_grid spatial_transformer_sampler split_axis '
    'squeeze stack swapaxes tile transpose transpose_sequence vstack '
    'where').split()
POOLING = (
    'average_pooling_1d average_pooling_2d average_pooling_3d '
    'average_pooling_nd max_pooling_1d max_pooling_2d max_pooling_3d '
    'max_pooling_nd roi_average_align_2d roi_average_pooling_2d '
    'roi_max_align_2d roi_max_pooling_2d roi_pooling_2d '
    'spatial_pyramid_pooling_2d unpooling_1d unpooling_2d unpooling_3d '
    'unpooling_nd upsampling_2d').split()
NORMALIZATION = (
    'batch_normalization fixed_batch_normalization batch_renormalization '
    'fixed_batch_renormalization decorrelated_batch_normalization '
    'fixed_decorrelated_batch_normalization group_normalization normalize '
    'layer_normalization local_response_normalization').split()
NAMES = ARRAY + POOLING + NORMALIZATION


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
    sub = fn.__module__.split('.')
    assert sub[:2] == ['chainer_compat', 'functions']
    family = ('array' if name in ARRAY else
              'pooling' if name in POOLING else 'normalization')
    assert sub[2] == family
    assert not fn.__module__.split('.')[-1].startswith('_')
    assert fn.__doc__  # documented, not a stub


def test_submodules_reachable_as_attributes():
    # Chainer imports every submodule: ``F.array.flip`` etc. work.
    assert F.array.flip.flip is F.flip
    assert F.pooling.max_pooling_nd.max_pooling_2d is F.max_pooling_2d
    assert F.normalization.l2_normalization.normalize is F.normalize
    with pytest.raises(AttributeError):
        F.array.no_such_module
