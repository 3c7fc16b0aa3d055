"""NPZ serializers (``chainer.serializers.npz``), key-compatible with Chainer.

Keys are ``/``-joined paths without a leading slash (``l1/W``,
``updater/optimizer:main/l1/W/m`` ...); ``None`` (e.g. an uninitialized
parameter) is stored as ``numpy.asarray(None)``, exactly as Chainer does.

Loading never executes code from the file: the archive is opened with
``allow_pickle=False``.  The only pickled entry Chainer itself writes is the
0-d object array holding ``None``; such entries are read with a restricted
unpickler that can only rebuild a numpy object array, and anything but a
0-d array containing ``None`` is refused with an error naming the key
(D-704); unreadable files raise ``ValueError`` naming file and key (D-705).
"""
import io
import pickle
import zipfile

import numpy

from chainer_compat import serializer
from chainer_compat.serializers import _convert


# --- safe reading ---------------------------------------------------------

def _reconstruct_func():
    try:
        from numpy._core import multiarray
    except ImportError:  # pragma: no cover - numpy < 1.26
        from numpy.core import multiarray
    return multiarray._reconstruct


_ALLOWED_GLOBALS = {
    ('numpy.core.multiarray', '_reconstruct'): _reconstruct_func,
    ('numpy._core.multiarray', '_reconstruct'): _reconstruct_func,
    ('numpy', 'ndarray'): lambda: numpy.ndarray,
    ('numpy', 'dtype'): lambda: numpy.dtype,
}


class _NoneOnlyUnpickler(pickle.Unpickler):

    """Rebuilds numpy object arrays only; every other global is refused."""

    def find_class(self, module, name):
        get = _ALLOWED_GLOBALS.get((module, name))
        if get is None:
            raise pickle.UnpicklingError(
                'global {}.{} is forbidden'.format(module, name))
        return get()

    def persistent_load(self, pid):
        raise pickle.UnpicklingError('persistent ids are forbidden')


def _file_label(file):
    if isinstance(file, str):
        return repr(file)
    return repr(getattr(file, 'name', file))


class _SafeNpz(object):

    """Read-only mapping over an NPZ archive, opened without pickle."""

    def __init__(self, file):
        self._label = _file_label(file)
        try:
            self._npz = numpy.load(file, allow_pickle=False)
        except (zipfile.BadZipFile, EOFError, ValueError, OSError) as e:
            raise ValueError(
                'chainer_compat: cannot read NPZ file {}: it is truncated, '
                'corrupt or not an NPZ archive ({}: {})'.format(
                    self._label, type(e).__name__, e)) from e
        if not hasattr(self._npz, 'files'):
            # numpy.load returned a plain array: a .npy, not an .npz
            self._npz = None
            raise ValueError(
                'chainer_compat: {} is a .npy file, not an NPZ archive'
                .format(self._label))

    @property
    def files(self):
        return self._npz.files

    def __contains__(self, key):
        return key in self._npz

    def __iter__(self):
        return iter(self._npz.files)

    def __len__(self):
        return len(self._npz.files)

    def keys(self):
        return self._npz.keys()

    def __getitem__(self, key):
        if key not in self._npz:
            raise KeyError('{} is not a file in the archive'.format(key))
        try:
            return self._npz[key]
        except ValueError as e:
            if 'allow_pickle' not in str(e):
                raise ValueError(
                    'chainer_compat: NPZ file {}: entry {!r} is corrupt '
                    '({})'.format(self._label, key, e)) from e
            return self._read_pickled(key)
        except (zipfile.BadZipFile, EOFError, OSError, KeyError) as e:
            raise ValueError(
                'chainer_compat: NPZ file {}: entry {!r} is truncated or '
                'corrupt ({}: {})'.format(
                    self._label, key, type(e).__name__, e)) from e

    def _read_pickled(self, key):
        member = key if key in self._npz.zip.namelist() else key + '.npy'
        refuse = ('chainer_compat: refusing to load entry {!r} of NPZ file '
                  '{}: it holds a pickled object, and only a pickled None '
                  '(how Chainer stores uninitialized parameters) is '
                  'accepted (see docs/divergences.md, D-704)'.format(
                      key, self._label))
        try:
            with self._npz.zip.open(member) as f:
                fp = io.BytesIO(f.read())
            version = numpy.lib.format.read_magic(fp)
            if version == (1, 0):
                shape, _, dtype = numpy.lib.format.read_array_header_1_0(fp)
            else:
                shape, _, dtype = numpy.lib.format.read_array_header_2_0(fp)
        except Exception as e:
            raise ValueError(refuse + ' ({}: {})'.format(
                type(e).__name__, e)) from e
        if dtype != numpy.dtype(object) or shape != ():
            raise ValueError(refuse)
        try:
            arr = _NoneOnlyUnpickler(fp).load()
        except Exception as e:
            raise ValueError(refuse + ' ({}: {})'.format(
                type(e).__name__, e)) from e
        if not (type(arr) is numpy.ndarray and arr.dtype == object
                and arr.shape == () and arr[()] is None):
            raise ValueError(refuse)
        return arr

    def close(self):
        if self._npz is not None:
            self._npz.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# --- public API -----------------------------------------------------------

class DictionarySerializer(serializer.Serializer):

    """Serializer for dictionary.

    This is the standard serializer in Chainer. The hierarchy of objects are
    simply mapped to a flat dictionary with keys representing the paths to
    objects in the hierarchy.

    .. note::
       Despite of its name, this serializer DOES NOT serialize the
       object into external files. It just build a flat dictionary of arrays
       that can be fed into :func:`numpy.savez` and
       :func:`numpy.savez_compressed`.

    Args:
        target (dict): The dictionary that this serializer saves the objects
            to. If target is None, then a new dictionary is created.
        path (str): The base path in the hierarchy that this serializer
            indicates.

    Attributes:
        ~DictionarySerializer.target (dict): The target dictionary.
    """

    def __init__(self, target=None, path=''):
        self.target = {} if target is None else target
        self.path = path

    def __getitem__(self, key):
        key = key.strip('/')
        return DictionarySerializer(self.target, self.path + key + '/')

    def __call__(self, key, value):
        key = key.lstrip('/')
        self.target[self.path + key] = (
            _convert.to_cpu(value) if value is not None
            else numpy.asarray(None))
        return value


def serialize(obj):
    """Serializes an object to a dictionary object."""
    s = DictionarySerializer()
    s.save(obj)
    return s.target


def save_npz(file, obj, compression=True):
    """Saves an object to the file in NPZ format.

    Args:
        file (str or file-like): Target file to write to.
        obj: Object to be serialized. It must support serialization protocol.
            If it is a dictionary object, the serialization will be skipped.
        compression (bool): If ``True``, compression in the resulting zip file
            is enabled.
    """
    if isinstance(file, str):
        with open(file, 'wb') as f:
            save_npz(f, obj, compression)
        return

    if isinstance(obj, dict):
        target = obj
    else:
        s = DictionarySerializer()
        s.save(obj)
        target = s.target
    if compression:
        numpy.savez_compressed(file, **target)
    else:
        numpy.savez(file, **target)


class NpzDeserializer(serializer.Deserializer):

    """Deserializer for NPZ format.

    Args:
        npz: `npz` file object.
        path: The base path that the deserialization starts from.
        strict (bool): If ``True``, the deserializer raises an error when an
            expected value is not found in the given NPZ file. Otherwise,
            it ignores the value and skip deserialization.
        ignore_names (string, callable or list of them):
            If callable, it is a function that takes a name of a parameter
            and a persistent and returns ``True`` when it needs to be skipped.
            If string, this is a name of a parameter or persistent that are
            going to be skipped.
            This can also be a list of callables and strings that behave as
            described above.
    """

    def __init__(self, npz, path='', strict=True, ignore_names=None):
        self.npz = npz
        self.path = path
        self.strict = strict
        if ignore_names is None:
            ignore_names = []
        self.ignore_names = ignore_names

    def __getitem__(self, key):
        key = key.strip('/')
        return NpzDeserializer(
            self.npz, self.path + key + '/', strict=self.strict,
            ignore_names=self.ignore_names)

    def __call__(self, key, value):
        key = self.path + key.lstrip('/')
        if not self.strict and key not in self.npz:
            return value

        if isinstance(self.ignore_names, (tuple, list)):
            ignore_names = self.ignore_names
        else:
            ignore_names = (self.ignore_names,)
        for ignore_name in ignore_names:
            if isinstance(ignore_name, str):
                if key == ignore_name:
                    return value
            elif callable(ignore_name):
                if ignore_name(key):
                    return value
            else:
                raise ValueError(
                    'ignore_names needs to be a callable, string or '
                    'list of them.')

        dataset = self.npz[key]
        if dataset[()] is None:
            return None

        if value is None:
            return dataset
        elif isinstance(value, numpy.ndarray):
            numpy.copyto(value, dataset)
        elif _convert.copy_into(value, dataset):
            pass
        else:
            value_type = type(value)
            dataset_arr = numpy.asarray(dataset)
            if (issubclass(dataset_arr.dtype.type, numpy.number)
                    and not (issubclass(dataset_arr.dtype.type, numpy.integer)
                             and value_type is int)
                    and not numpy.can_cast(
                        dataset_arr.dtype, value_type, casting='safe')):
                raise TypeError(
                    'Cannot safely deserialize from numpy array with dtype={} '
                    'into a variable of type {}.'.format(
                        dataset.dtype, type(value)))
            value = value_type(dataset_arr)
        return value


def load_npz(file, obj, path='', strict=True, ignore_names=None):
    """Loads an object from the file in NPZ format.

    Args:
        file (str or file-like): File to be loaded.
        obj: Object to be deserialized. It must support serialization protocol.
        path (str): The path in the hierarchy of the serialized data under
            which the data is to be loaded. The default behavior (blank) will
            load all data under the root path.
        strict (bool): If ``True``, the deserializer raises an error when an
            expected value is not found in the given NPZ file. Otherwise,
            it ignores the value and skip deserialization.
        ignore_names (string, callable or list of them): Names (or
            predicates on names) of parameters/persistents to skip.

    Pickled entries other than Chainer's ``None`` marker are refused
    (nothing from the file is executed).
    """
    with _SafeNpz(file) as f:
        d = NpzDeserializer(
            f, path=path, strict=strict, ignore_names=ignore_names)
        d.load(obj)
