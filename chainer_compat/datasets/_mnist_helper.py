"""Shared MNIST-format loading (raw idx.gz -> npz cache -> datasets)."""
import gzip
import os
import struct

import numpy

import chainer_compat
from chainer_compat.dataset import download
from chainer_compat.datasets import tuple_dataset


def make_npz(path, urls):
    x_url, y_url = urls
    x_path = download.cached_download(x_url)
    y_path = download.cached_download(y_url)

    with gzip.open(x_path, 'rb') as fx, gzip.open(y_path, 'rb') as fy:
        fx.read(4)  # magic numbers
        fy.read(4)
        N, = struct.unpack('>i', fx.read(4))
        if N != struct.unpack('>i', fy.read(4))[0]:
            raise RuntimeError('wrong pair of MNIST images and labels')
        fx.read(8)  # rows, cols
        x = numpy.frombuffer(fx.read(N * 784), dtype=numpy.uint8)
        y = numpy.frombuffer(fy.read(N), dtype=numpy.uint8)
        x = x.reshape(N, 784).copy()
        y = y.copy()

    numpy.savez_compressed(path, x=x, y=y)
    return {'x': x, 'y': y}


def preprocess_mnist(raw, withlabel, ndim, scale, image_dtype, label_dtype,
                     rgb_format):
    images = raw['x']
    if ndim == 2:
        images = images.reshape(-1, 28, 28)
    elif ndim == 3:
        images = images.reshape(-1, 1, 28, 28)
        if rgb_format:
            images = numpy.broadcast_to(
                images, (len(images), 3) + images.shape[2:])
    elif ndim != 1:
        raise ValueError('invalid ndim for MNIST dataset')
    images = images.astype(image_dtype)
    images *= scale / 255.
    if withlabel:
        labels = raw['y'].astype(label_dtype)
        return tuple_dataset.TupleDataset(images, labels)
    return images


def _retrieve(dataset_dir, name, urls):
    root = download.get_dataset_directory(dataset_dir)
    path = os.path.join(root, name)
    return download._cache_or_load_dataset(
        path, lambda p: make_npz(p, urls), numpy.load,
        'npz with x: uint8 (N, 784), y: uint8 (N,)')


def _get(dataset_dir, urls, withlabel, ndim, scale, dtype, label_dtype,
         rgb_format):
    dtype = chainer_compat.get_dtype(dtype)
    train_raw = _retrieve(dataset_dir, 'train.npz', urls[:2])
    train = preprocess_mnist(train_raw, withlabel, ndim, scale, dtype,
                             label_dtype, rgb_format)
    test_raw = _retrieve(dataset_dir, 'test.npz', urls[2:])
    test = preprocess_mnist(test_raw, withlabel, ndim, scale, dtype,
                            label_dtype, rgb_format)
    return train, test
