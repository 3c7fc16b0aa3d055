"""HDF5 serializers (``chainer.serializers.hdf5``), layout-compatible with
Chainer (one HDF5 group per path element).  They need ``h5py``; without it
every entry point raises Chainer's ``RuntimeError`` (D-703).
"""
import sys

import numpy

from chainer_compat import serializer
from chainer_compat.serializers import _convert


try:
    import h5py
    _available = True
except ImportError:
    _available = False


def _check_available():
    if not _available:
        msg = '''h5py is not installed on your environment.
Please install h5py to activate hdf5 serializers.

  $ pip install h5py'''
        raise RuntimeError(msg)


class HDF5Serializer(serializer.Serializer):

    """Serializer for HDF5 format.

    Args:
        group (h5py.Group): The group that this serializer represents.
        compression (int): Gzip compression level.
    """

    def __init__(self, group, compression=4):
        _check_available()

        self.group = group
        self.compression = compression

    def __getitem__(self, key):
        name = self.group.name + '/' + key
        return HDF5Serializer(self.group.require_group(name), self.compression)

    def __call__(self, key, value):
        if value is None:
            # use Empty to represent None
            if h5py.version.version_tuple < (2, 7, 0):
                raise RuntimeError(
                    'h5py>=2.7.0 is required to serialize None.')
            arr = h5py.Empty('f')
            compression = None
        else:
            arr = _convert.to_cpu(value)
            compression = None if arr.size <= 1 else self.compression
        self.group.create_dataset(key, data=arr, compression=compression)
        return value


def save_hdf5(filename, obj, compression=4):
    """Saves an object to the file in HDF5 format.

    Args:
        filename (str): Target file name.
        obj: Object to be serialized. It must support serialization protocol.
            If it is a dictionary object, the serialization will be skipped.
        compression (int): Gzip compression level.
    """
    _check_available()
    with h5py.File(filename, 'w') as f:
        if isinstance(obj, dict):
            for key, value in obj.items():
                key = '/' + key.lstrip('/')
                arr = numpy.asarray(value)
                compression = None if arr.size <= 1 else compression
                try:
                    f.create_dataset(key, data=arr, compression=compression)
                except TypeError:
                    sys.stderr.write(
                        'A key named "{}" is unable to save in HDF5 format.\n'
                        .format(key))
                    raise
        else:
            s = HDF5Serializer(f, compression=compression)
            s.save(obj)


class HDF5Deserializer(serializer.Deserializer):

    """Deserializer for HDF5 format.

    Args:
        group (h5py.Group): The group that the deserialization starts from.
        strict (bool): If ``True``, the deserializer raises an error when an
            expected value is not found in the given HDF5 file. Otherwise,
            it ignores the value and skip deserialization.
    """

    def __init__(self, group, strict=True):
        _check_available()

        self.group = group
        self.strict = strict

    def __getitem__(self, key):
        name = self.group.name + '/' + key
        try:
            group = self.group.require_group(name)
        except ValueError:
            # require_group raises ValueError if the group doesn't exist
            group = None
        return HDF5Deserializer(group, strict=self.strict)

    def __call__(self, key, value):
        if self.group is None:
            if not self.strict:
                return value
            else:
                raise ValueError('Inexistent group is specified')
        if not self.strict and key not in self.group:
            return value

        dataset = self.group[key]
        if dataset.shape is None:  # Empty
            return None

        if value is None:
            return numpy.asarray(dataset)
        elif isinstance(value, numpy.ndarray):
            dataset.read_direct(value)
        elif _convert.copy_into(value, numpy.asarray(dataset)):
            pass
        elif isinstance(value, str):
            data = dataset[()]
            # h5py >= 3 reads strings back as bytes
            value = data.decode('utf-8') if isinstance(data, bytes) \
                else str(data)
        else:
            value = type(value)(numpy.asarray(dataset))
        return value


def load_hdf5(filename, obj):
    """Loads an object from the file in HDF5 format.

    Args:
        filename (str): Name of the file to be loaded.
        obj: Object to be deserialized. It must support serialization protocol.
    """
    _check_available()
    with h5py.File(filename, 'r') as f:
        d = HDF5Deserializer(f)
        d.load(obj)
