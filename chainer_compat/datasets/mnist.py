"""MNIST (``chainer.datasets.get_mnist``).

Cache: ``<dataset root>/pfnet/chainer/mnist/{train,test}.npz`` with ``x``
(uint8, N x 784) and ``y`` (uint8, N) -- the files real Chainer writes.
"""
import numpy

from chainer_compat.datasets import _mnist_helper

_urls = [
    'http://yann.lecun.com/exdb/mnist/train-images-idx3-ubyte.gz',
    'http://yann.lecun.com/exdb/mnist/train-labels-idx1-ubyte.gz',
    'http://yann.lecun.com/exdb/mnist/t10k-images-idx3-ubyte.gz',
    'http://yann.lecun.com/exdb/mnist/t10k-labels-idx1-ubyte.gz',
]


def get_mnist(withlabel=True, ndim=1, scale=1., dtype=None,
              label_dtype=numpy.int32, rgb_format=False):
    """Gets the MNIST dataset: ``(train, test)``.

    Images are scaled to ``[0, scale]``; ``ndim`` 1 (784), 2 (28x28) or 3
    (1x28x28, or 3x28x28 with ``rgb_format``).  With ``withlabel`` each
    split is a :class:`TupleDataset` of (image, label).
    """
    return _mnist_helper._get('pfnet/chainer/mnist', _urls, withlabel, ndim,
                              scale, dtype, label_dtype, rgb_format)
