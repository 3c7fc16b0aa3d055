"""Pytest marks used by Chainer's tests (``gpu``, ``cudnn``, ``slow``...).

``gpu``/``multi_gpu`` tests are skipped (``unittest.skipIf``) when
``CHAINER_TEST_GPU_LIMIT`` is below the number of GPUs they need; CPU-only
runs deselect them by mark (``-m 'not gpu'``) or via the project conftest.
"""
import os
import unittest

try:
    import pytest
    _error = None
except ImportError as e:  # pragma: no cover - pytest is a test dependency
    _error = e


def is_available():
    return _error is None


def check_available():
    if _error is not None:
        raise RuntimeError('{} is not available.\n\nReason: {}: {}'.format(
            __name__, type(_error).__name__, _error))


def get_error():
    return _error


_gpu_limit = int(os.getenv('CHAINER_TEST_GPU_LIMIT', '-1'))


def _mark(name):
    def mark(*args, **kwargs):
        check_available()
        return getattr(pytest.mark, name)(*args, **kwargs)
    mark.__name__ = name
    mark.__doc__ = 'pytest mark ``{}``.'.format(name)
    return mark


chainerx = _mark('chainerx')
cudnn = _mark('cudnn')
ideep = _mark('ideep')
slow = _mark('slow')


def multi_gpu(gpu_num):
    """Marks a test as needing ``gpu_num`` GPUs (mark ``gpu``)."""
    check_available()

    def deco(f):
        return unittest.skipIf(
            0 <= _gpu_limit < gpu_num,
            reason='{} GPUs required'.format(gpu_num))(pytest.mark.gpu(f))
    return deco


def gpu(f):
    """Marks a test as needing one GPU (mark ``gpu``)."""
    return multi_gpu(1)(f)
