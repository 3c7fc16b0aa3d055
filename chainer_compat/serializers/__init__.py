"""Serializers (``chainer.serializers``)."""
from chainer_compat.serializers.hdf5 import HDF5Deserializer  # NOQA
from chainer_compat.serializers.hdf5 import HDF5Serializer  # NOQA
from chainer_compat.serializers.hdf5 import load_hdf5  # NOQA
from chainer_compat.serializers.hdf5 import save_hdf5  # NOQA
from chainer_compat.serializers.npz import DictionarySerializer  # NOQA
from chainer_compat.serializers.npz import load_npz  # NOQA
from chainer_compat.serializers.npz import NpzDeserializer  # NOQA
from chainer_compat.serializers.npz import save_npz  # NOQA
