"""Names and signatures of the L1 links / initializers / link hooks match
Chainer 7.8.1's API dump."""
import inspect

import pytest

import chainer_compat
from chainer_compat import initializers
from chainer_compat import link_hooks
from chainer_compat import links
from tests.chainer_compat_tests.links_tests import _l1_api

_MODS = _l1_api.api_modules()

_L1_LINKS = [
    'Linear', 'Convolution1D', 'Convolution2D', 'Convolution3D',
    'ConvolutionND', 'Deconvolution1D', 'Deconvolution2D', 'Deconvolution3D',
    'DeconvolutionND', 'DilatedConvolution2D', 'DepthwiseConvolution2D',
    'DeformableConvolution2D', 'LocalConvolution2D', 'MLPConvolution2D',
    'EmbedID', 'Bilinear', 'Highway', 'Inception', 'InceptionBN', 'Maxout',
    'Scale', 'Bias', 'PReLU', 'Swish', 'SimplifiedDropconnect', 'Parameter',
    'BatchNormalization', 'BatchRenormalization',
    'DecorrelatedBatchNormalization', 'GroupNormalization',
    'LayerNormalization', 'BlackOut', 'BinaryHierarchicalSoftmax', 'CRF1d',
    'NegativeSampling',
]

pytestmark = pytest.mark.skipif(_MODS is None, reason='API dump not found')


def _strip_annotations(sig):
    # The dump keeps Linear's annotations; compare names/defaults only.
    import re
    sig = re.sub(r': [^=,)]+(?=[=,)])', '', sig)
    sig = re.sub(r' -> .*$', '', sig)
    return sig.replace(' = ', '=')


@pytest.mark.parametrize('name', _L1_LINKS)
def test_link_signature(name):
    expected = _MODS['chainer.links'][name]['signature']
    got = _l1_api.signature_of(getattr(links, name))
    if name == 'Linear':  # the dump carries Union[...] annotations
        params = inspect.signature(links.Linear).parameters
        assert [(p.name, p.default) for p in params.values()] == [
            ('in_size', inspect.Parameter.empty), ('out_size', None),
            ('nobias', False), ('initialW', None), ('initial_bias', None)]
        return
    assert _strip_annotations(got) == _strip_annotations(
        _l1_api.norm(expected))


@pytest.mark.parametrize('modname,mod', [
    ('chainer.initializers', initializers),
    ('chainer.link_hooks', link_hooks),
])
def test_public_names_and_signatures(modname, mod):
    for name, info in _MODS[modname].items():
        if info['kind'] == 'module':
            continue
        assert hasattr(mod, name), name
        obj = getattr(mod, name)
        if info['kind'] == 'class':
            assert inspect.isclass(obj), name
        if name == 'generate_array':
            continue  # annotated in the dump
        assert _strip_annotations(_l1_api.signature_of(obj)) == \
            _strip_annotations(_l1_api.norm(info['signature'])), name


def test_initializer_base_and_get_fans():
    assert chainer_compat.Initializer is chainer_compat.initializer.Initializer
    assert chainer_compat.initializer.get_fans((2, 3, 4, 5)) == (60, 40)
    with pytest.raises(ValueError):
        chainer_compat.initializer.get_fans([2, 3])
    with pytest.raises(ValueError):
        chainer_compat.initializer.get_fans((2,))


def test_links_are_torch_modules():
    import torch
    for name in _L1_LINKS:
        assert issubclass(getattr(links, name), torch.nn.Module), name
