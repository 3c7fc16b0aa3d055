"""CIFAR-10/100 (cache ``<root>/pfnet/chainer/cifar/cifar-10.npz`` etc.).

The npz holds ``train_x`` (uint8, 50000 x 3072), ``train_y`` (uint8),
``test_x``, ``test_y`` -- the files real Chainer writes.
"""
import os
import pickle
import tarfile

import numpy

import chainer_compat
from chainer_compat.dataset import download
from chainer_compat.datasets import tuple_dataset


def get_cifar10(withlabel=True, ndim=3, scale=1., dtype=None):
    """Gets the CIFAR-10 dataset: ``(train, test)``."""
    return _get_cifar('cifar-10', withlabel, ndim, scale, dtype)


def get_cifar100(withlabel=True, ndim=3, scale=1., dtype=None):
    """Gets the CIFAR-100 dataset (fine labels): ``(train, test)``."""
    return _get_cifar('cifar-100', withlabel, ndim, scale, dtype)


def _get_cifar(name, withlabel, ndim, scale, dtype):
    root = download.get_dataset_directory(
        os.path.join('pfnet', 'chainer', 'cifar'))
    npz_path = os.path.join(root, '{}.npz'.format(name))
    url = 'https://www.cs.toronto.edu/~kriz/{}-python.tar.gz'.format(name)

    def creator(path):
        archive_path = download.cached_download(url)
        with tarfile.open(archive_path, 'r:gz') as archive:
            if name == 'cifar-10':
                xs, ys = [], []
                for i in range(5):
                    d = _pickle_load(archive.extractfile(
                        'cifar-10-batches-py/data_batch_{}'.format(i + 1)))
                    xs.append(numpy.asarray(d['data'], dtype=numpy.uint8))
                    ys.append(numpy.asarray(d['labels'], dtype=numpy.uint8))
                train_x = numpy.concatenate(xs).reshape(50000, 3072)
                train_y = numpy.concatenate(ys).reshape(50000)
                d = _pickle_load(archive.extractfile(
                    'cifar-10-batches-py/test_batch'))
                test_x = d['data']
                test_y = numpy.asarray(d['labels'], dtype=numpy.uint8)
            else:
                def load(file_name):
                    d = _pickle_load(archive.extractfile(file_name))
                    x = d['data'].reshape((-1, 3072))
                    y = numpy.array(d['fine_labels'], dtype=numpy.uint8)
                    return x, y
                train_x, train_y = load('cifar-100-python/train')
                test_x, test_y = load('cifar-100-python/test')
        numpy.savez_compressed(path, train_x=train_x, train_y=train_y,
                               test_x=test_x, test_y=test_y)
        return {'train_x': train_x, 'train_y': train_y,
                'test_x': test_x, 'test_y': test_y}

    raw = download._cache_or_load_dataset(
        npz_path, creator, numpy.load,
        'npz with train_x/test_x: uint8 (N, 3072), train_y/test_y: uint8')
    train = _preprocess_cifar(raw['train_x'], raw['train_y'], withlabel,
                              ndim, scale, dtype)
    test = _preprocess_cifar(raw['test_x'], raw['test_y'], withlabel, ndim,
                             scale, dtype)
    return train, test


def _preprocess_cifar(images, labels, withlabel, ndim, scale, dtype):
    if ndim == 1:
        images = images.reshape(-1, 3072)
    elif ndim == 3:
        images = images.reshape(-1, 3, 32, 32)
    else:
        raise ValueError('invalid ndim for CIFAR dataset')
    dtype = chainer_compat.get_dtype(dtype)
    images = images.astype(dtype)
    images *= scale / 255.
    if withlabel:
        labels = labels.astype(numpy.int32)
        return tuple_dataset.TupleDataset(images, labels)
    return images


def _pickle_load(f):
    return pickle.load(f, encoding='latin-1')
