"""Round-trip helpers for serializers."""
import os

from chainer_compat import serializers
from chainer_compat import utils


def save_and_load(src, dst, filename, saver, loader):
    """Saves ``src`` with ``saver`` and loads it into ``dst`` with
    ``loader``, through ``filename`` in a temporary directory."""
    with utils.tempdir() as tempdir:
        path = os.path.join(tempdir, filename)
        saver(path, src)
        loader(path, dst)


def save_and_load_npz(src, dst):
    """:func:`save_and_load` through an NPZ file."""
    save_and_load(src, dst, 'tmp.npz',
                  serializers.save_npz, serializers.load_npz)


def save_and_load_hdf5(src, dst):
    """:func:`save_and_load` through an HDF5 file."""
    save_and_load(src, dst, 'tmp.h5',
                  serializers.save_hdf5, serializers.load_hdf5)
