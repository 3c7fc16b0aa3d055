"""Deprecated alias module ``chainer.cuda`` (= chainer.backends.cuda)."""
import sys

from chainer_compat.backends import cuda as _cuda

sys.modules[__name__] = _cuda
