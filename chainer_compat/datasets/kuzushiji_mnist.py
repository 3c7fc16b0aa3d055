"""Kuzushiji-MNIST (cache ``<root>/pfnet/chainer/kuzushiji_mnist``)."""
import numpy

from chainer_compat.datasets import _mnist_helper

_kuzushiji_mnist_labels = [('o', u'\u304a'), ('ki', u'\u304d'),
                           ('su', u'\u3059'), ('tsu', u'\u3064'),
                           ('na', u'\u306a'), ('ha', u'\u306f'),
                           ('ma', u'\u307e'), ('ya', u'\u3084'),
                           ('re', u'\u308c'), ('wo', u'\u3092')]

_base_url = 'http://codh.rois.ac.jp/kmnist/dataset/kmnist/'
_urls = [_base_url + f for f in (
    'train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz',
    't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz')]


def get_kuzushiji_mnist_labels():
    """Returns the (romanized, hiragana) class names of Kuzushiji-MNIST."""
    return _kuzushiji_mnist_labels


def get_kuzushiji_mnist(withlabel=True, ndim=1, scale=1., dtype=None,
                        label_dtype=numpy.int32, rgb_format=False):
    """Gets the Kuzushiji-MNIST dataset (same arguments as get_mnist)."""
    return _mnist_helper._get('pfnet/chainer/kuzushiji_mnist', _urls,
                              withlabel, ndim, scale, dtype, label_dtype,
                              rgb_format)
