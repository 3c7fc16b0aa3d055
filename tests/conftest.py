"""Project-wide pytest configuration.

Registers Chainer's test markers (``chainer.testing.attr``) and skips
hardware-only tests that cannot run on this machine: ``gpu``/``cudnn``/
``multi_gpu`` tests without CUDA, ``chainerx`` and ``ideep`` tests always
(chainer_compat has neither backend), ``theano`` tests without theano.
"""
import importlib.util

import pytest


_MARKERS = {
    'gpu': 'needs a CUDA GPU (chainer.testing.attr.gpu / multi_gpu)',
    'multi_gpu': 'needs several CUDA GPUs',
    'cudnn': 'needs cuDNN (chainer.testing.attr.cudnn)',
    'slow': 'slow test (chainer.testing.attr.slow)',
    'chainerx': 'needs ChainerX (not provided by chainer_compat)',
    'ideep': 'needs iDeep (not provided by chainer_compat)',
    'theano': 'needs Theano',
}


def pytest_configure(config):
    for name, doc in _MARKERS.items():
        config.addinivalue_line('markers', '{}: {}'.format(name, doc))


def _cuda_device_count():
    try:
        import torch
    except ImportError:  # pragma: no cover
        return 0
    if not torch.cuda.is_available():
        return 0
    return torch.cuda.device_count()


def pytest_collection_modifyitems(config, items):
    n_gpu = _cuda_device_count()
    have_theano = importlib.util.find_spec('theano') is not None
    skips = {
        'gpu': (n_gpu == 0, 'CUDA is not available'),
        'cudnn': (n_gpu == 0, 'CUDA/cuDNN is not available'),
        'multi_gpu': (n_gpu < 2, 'needs several CUDA GPUs'),
        'chainerx': (True, 'ChainerX is not provided by chainer_compat'),
        'ideep': (True, 'iDeep is not provided by chainer_compat'),
        'theano': (not have_theano, 'theano is not installed'),
    }
    for item in items:
        for name, (skip, reason) in skips.items():
            if skip and item.get_closest_marker(name) is not None:
                item.add_marker(pytest.mark.skip(reason=reason))
                break
