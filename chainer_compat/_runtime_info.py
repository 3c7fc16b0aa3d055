"""``chainer.print_runtime_info``."""
import platform
import sys

import numpy
import torch

import chainer_compat


class _RuntimeInfo(object):

    def __init__(self):
        self.chainer_version = chainer_compat.__version__
        self.numpy_version = numpy.__version__
        self.torch_version = torch.__version__
        self.platform_version = platform.platform()
        self.cuda_available = torch.cuda.is_available()

    def __str__(self):
        s = ''
        s += 'Platform: {}\n'.format(self.platform_version)
        s += 'Chainer: {} (chainer_compat on PyTorch)\n'.format(
            self.chainer_version)
        s += 'ChainerX: Not Available\n'
        s += 'NumPy: {}\n'.format(self.numpy_version)
        s += 'PyTorch: {}\n'.format(self.torch_version)
        s += 'CuPy: Not Available\n' if chainer_compat.backends.cuda.cupy \
            is None or not chainer_compat.backends.cuda.cupy else ''
        s += 'CUDA (torch): {}\n'.format(
            torch.version.cuda if self.cuda_available else 'Not Available')
        s += 'iDeep: Not Available\n'
        return s


def _get_runtime_info():
    return _RuntimeInfo()


def print_runtime_info(out=None):
    """Shows Chainer runtime information."""
    if out is None:
        out = sys.stdout
    out.write(str(_get_runtime_info()))
    if hasattr(out, 'flush'):
        out.flush()
