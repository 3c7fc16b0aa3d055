"""Skip conditions for doctests."""
import os

from chainer_compat.testing import helper as _helper


_gpu_limit = int(os.getenv('CHAINER_TEST_GPU_LIMIT', '-1'))


def skipif(condition):
    # Never skip on readthedocs: the code would vanish from the docs.
    if os.environ.get('READTHEDOCS') == 'True':
        return False
    return condition


def skipif_requires_satisfied(*requirements):
    if not _helper._requirements_satisfied(requirements):
        return False
    return skipif(True)


def skipif_not_enough_cuda_devices(device_count):
    return skipif(0 <= _gpu_limit < device_count)
