"""Image datasets (``chainer.datasets.image_dataset``); need Pillow.

Images are read with ``PIL.Image`` into ``numpy.asarray(img, dtype)`` and
returned CHW (a gray image gets a channel axis of size 1), as in Chainer.
"""
import bisect
import io
import os
import threading
import zipfile

import numpy

try:
    from PIL import Image
    available = True
except ImportError as e:
    available = False
    _import_error = e

import chainer_compat
from chainer_compat.dataset import dataset_mixin


def _read_image_as_array(path, dtype):
    f = Image.open(path)
    try:
        image = numpy.asarray(f, dtype=dtype)
    finally:
        if hasattr(f, 'close'):
            f.close()
    return image


def _postprocess_image(image):
    if image.ndim == 2:
        image = image[..., None]  # gray: (H, W) -> (H, W, 1)
    return image.transpose(2, 0, 1)


def _read_pairs(path):
    pairs = []
    with open(path) as pairs_file:
        for i, line in enumerate(pairs_file):
            pair = line.strip().split()
            if len(pair) != 2:
                raise ValueError(
                    'invalid format at line {} in file {}'.format(i, path))
            pairs.append((pair[0], int(pair[1])))
    return pairs


class ImageDataset(dataset_mixin.DatasetMixin):

    """Dataset of images from a list of paths (or a file listing them)."""

    def __init__(self, paths, root='.', dtype=None):
        _check_pillow_availability()
        if isinstance(paths, str):
            with open(paths) as paths_file:
                paths = [path.strip() for path in paths_file]
        self._paths = paths
        self._root = root
        self._dtype = chainer_compat.get_dtype(dtype)

    def __len__(self):
        return len(self._paths)

    def get_example(self, i):
        path = os.path.join(self._root, self._paths[i])
        return _postprocess_image(_read_image_as_array(path, self._dtype))


class LabeledImageDataset(dataset_mixin.DatasetMixin):

    """Dataset of (image, label) pairs (list or a 'path label' file)."""

    def __init__(self, pairs, root='.', dtype=None, label_dtype=numpy.int32):
        _check_pillow_availability()
        if isinstance(pairs, str):
            pairs = _read_pairs(pairs)
        self._pairs = pairs
        self._root = root
        self._dtype = chainer_compat.get_dtype(dtype)
        self._label_dtype = label_dtype

    def __len__(self):
        return len(self._pairs)

    def get_example(self, i):
        path, int_label = self._pairs[i]
        full_path = os.path.join(self._root, path)
        image = _read_image_as_array(full_path, self._dtype)
        label = numpy.array(int_label, dtype=self._label_dtype)
        return _postprocess_image(image), label


class LabeledZippedImageDataset(dataset_mixin.DatasetMixin):

    """Dataset of (image, label) pairs; images read from a zip file."""

    def __init__(self, zipfilename, labelfilename, dtype=None,
                 label_dtype=numpy.int32):
        _check_pillow_availability()
        self._pairs = _read_pairs(labelfilename)
        self._label_dtype = label_dtype
        self._zipfile = ZippedImageDataset(zipfilename, dtype=dtype)

    def __len__(self):
        return len(self._pairs)

    def get_example(self, i):
        path, int_label = self._pairs[i]
        label = numpy.array(int_label, dtype=self._label_dtype)
        return self._zipfile.get_example(path), label


class MultiZippedImageDataset(dataset_mixin.DatasetMixin):

    """Concatenation of several :class:`ZippedImageDataset`."""

    def __init__(self, zipfilenames, dtype=None):
        self._zfs = [ZippedImageDataset(fn, dtype) for fn in zipfilenames]
        self._zpaths_accumlens = [0]
        total = 0
        for zf in self._zfs:
            total += len(zf)
            self._zpaths_accumlens.append(total)

    def __len__(self):
        return self._zpaths_accumlens[-1]

    def get_example(self, i):
        tgt = bisect.bisect(self._zpaths_accumlens, i) - 1
        return self._zfs[tgt].get_example(i - self._zpaths_accumlens[tgt])


class ZippedImageDataset(dataset_mixin.DatasetMixin):

    """Dataset of the images in a zip file (re-opened after fork)."""

    def __init__(self, zipfilename, dtype=None):
        self._zipfilename = zipfilename
        self._zf = zipfile.ZipFile(zipfilename)
        self._zf_pid = os.getpid()
        self._dtype = chainer_compat.get_dtype(dtype)
        self._paths = [x for x in self._zf.namelist() if not x.endswith('/')]
        self._lock = threading.Lock()

    def __len__(self):
        return len(self._paths)

    def __getstate__(self):
        d = self.__dict__.copy()
        d['_zf'] = None
        d['_lock'] = None
        return d

    def __setstate__(self, state):
        self.__dict__ = state
        self._lock = threading.Lock()

    def get_example(self, i_or_filename):
        if isinstance(i_or_filename, (int, numpy.integer)):
            zfn = self._paths[i_or_filename]
        else:
            zfn = i_or_filename
        with self._lock:
            if self._zf is None or self._zf_pid != os.getpid():
                self._zf_pid = os.getpid()
                self._zf = zipfile.ZipFile(self._zipfilename)
            data = self._zf.read(zfn)
        image = _read_image_as_array(io.BytesIO(data), self._dtype)
        return _postprocess_image(image)


def _check_pillow_availability():
    if not available:
        raise ImportError('PIL cannot be loaded. Install Pillow!\n'
                          'The actual import error is as follows:\n' +
                          str(_import_error))
