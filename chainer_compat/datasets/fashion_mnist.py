"""Fashion-MNIST (cache ``<root>/pfnet/chainer/fashion-mnist``)."""
import numpy

from chainer_compat.datasets import _mnist_helper

_fashion_mnist_labels = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress',
                         'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag',
                         'Ankle boot']

_base_url = 'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/'
_urls = [_base_url + f for f in (
    'train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz',
    't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz')]


def get_fashion_mnist_labels():
    """Returns the class names of Fashion-MNIST."""
    return list(_fashion_mnist_labels)


def get_fashion_mnist(withlabel=True, ndim=1, scale=1., dtype=None,
                      label_dtype=numpy.int32, rgb_format=False):
    """Gets the Fashion-MNIST dataset (same arguments as get_mnist)."""
    return _mnist_helper._get('pfnet/chainer/fashion-mnist', _urls,
                              withlabel, ndim, scale, dtype, label_dtype,
                              rgb_format)
