"""SVHN (cache ``<root>/pfnet/chainer/svhn/{train,test,extra}.npz``).

Each npz holds ``x`` (uint8, 32 x 32 x 3 x N) and ``y`` (uint8, N x 1) as
real Chainer writes them; creating them from the .mat files needs SciPy.
"""
import os

import numpy

import importlib.util

# SciPy is imported only when a .mat file has to be converted (importing it
# eagerly costs about a second of ``import chainer``).
_scipy_available = importlib.util.find_spec('scipy') is not None
_error = None if _scipy_available else ImportError('No module named scipy')

import chainer_compat
from chainer_compat.dataset import download
from chainer_compat.datasets import tuple_dataset


def get_svhn(withlabel=True, scale=1., dtype=None, label_dtype=numpy.int32,
             add_extra=False):
    """Gets the SVHN dataset: ``(train, test)`` (``+ extra``)."""
    if not _scipy_available:
        raise RuntimeError('SciPy is not available: %s' % _error)
    dtype = chainer_compat.get_dtype(dtype)
    train = _preprocess_svhn(_retrieve_svhn('train.npz', 'train'),
                             withlabel, scale, dtype, label_dtype)
    test = _preprocess_svhn(_retrieve_svhn('test.npz', 'test'),
                            withlabel, scale, dtype, label_dtype)
    if add_extra:
        extra = _preprocess_svhn(_retrieve_svhn('extra.npz', 'extra'),
                                 withlabel, scale, dtype, label_dtype)
        return train, test, extra
    return train, test


def _preprocess_svhn(raw, withlabel, scale, image_dtype, label_dtype):
    images = raw['x'].transpose(3, 2, 0, 1)
    images = images.astype(image_dtype)
    images *= scale / 255.
    labels = raw['y'].astype(label_dtype).flatten()
    labels[labels == 10] = 0  # SVHN stores digit 0 as label 10
    if withlabel:
        return tuple_dataset.TupleDataset(images, labels)
    return images


def _retrieve_svhn(name, split):
    url = 'http://ufldl.stanford.edu/housenumbers/{}_32x32.mat'.format(split)
    root = download.get_dataset_directory('pfnet/chainer/svhn')
    path = os.path.join(root, name)
    return download._cache_or_load_dataset(
        path, lambda p: _make_npz(p, url), numpy.load,
        'npz with x: uint8 (32, 32, 3, N), y: uint8 (N, 1)')


def _make_npz(path, url):
    _path = download.cached_download(url)
    from scipy import io
    raw = io.loadmat(_path)
    images = raw['X'].astype(numpy.uint8)
    labels = raw['y'].astype(numpy.uint8)
    numpy.savez_compressed(path, x=images, y=labels)
    return {'x': images, 'y': labels}
