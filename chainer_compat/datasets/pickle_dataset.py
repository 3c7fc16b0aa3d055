"""Datasets stored as a stream of pickles (``chainer.datasets``)."""
import io
import multiprocessing.util
import pickle
import threading

from chainer_compat.dataset import dataset_mixin


class PickleDatasetWriter(object):

    """Writes examples one by one as pickles (for :class:`PickleDataset`)."""

    def __init__(self, writer, protocol=pickle.HIGHEST_PROTOCOL):
        self._positions = []
        self._writer = writer
        self._protocol = protocol

    def close(self):
        self._writer.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def write(self, x):
        position = self._writer.tell()
        pickle.dump(x, self._writer, protocol=self._protocol)
        self._positions.append(position)

    def flush(self):
        if hasattr(self._writer, 'flush'):
            self._writer.flush()


class PickleDataset(dataset_mixin.DatasetMixin):

    """Dataset reading pickles from a seekable binary reader."""

    def __init__(self, reader):
        if not reader.seekable():
            raise ValueError('reader must support random access')
        self._reader = reader
        self._positions = []
        reader.seek(0)
        while True:
            position = reader.tell()
            try:
                pickle.load(reader)
            except EOFError:
                break
            self._positions.append(position)
        self._lock = threading.RLock()
        self._register_hook()

    def _register_hook(self):
        multiprocessing.util.register_after_fork(
            self, PickleDataset._after_fork)

    def _after_fork(self):
        if callable(getattr(self._reader, 'after_fork', None)):
            self._reader.after_fork()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['_lock']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.RLock()
        self._register_hook()

    def close(self):
        """Closes the reader."""
        with self._lock:
            self._reader.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def __len__(self):
        return len(self._positions)

    def get_example(self, index):
        with self._lock:
            self._reader.seek(self._positions[index])
            return pickle.load(self._reader)


class _FileReader(io.RawIOBase):
    """Picklable file reader that re-opens its file after fork."""

    def __init__(self, path):
        super(_FileReader, self).__init__()
        self._path = path
        self._fp = None
        self._open()

    def _open(self):
        self._fp = open(self._path, 'rb')

    def after_fork(self):
        self.close()
        self._open()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['_fp']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._open()

    def flush(self):
        self._fp.flush()

    def close(self):
        self._fp.close()

    def fileno(self):
        return self._fp.fileno()

    def seekable(self):
        return self._fp.seekable()

    def seek(self, offset, whence=io.SEEK_SET):
        return self._fp.seek(offset, whence)

    def tell(self):
        return self._fp.tell()

    def readinto(self, b):
        return self._fp.readinto(b)


def open_pickle_dataset(path):
    """Opens a dataset written by :func:`open_pickle_dataset_writer`."""
    return PickleDataset(_FileReader(path))


def open_pickle_dataset_writer(path, protocol=pickle.HIGHEST_PROTOCOL):
    """Opens a :class:`PickleDatasetWriter` writing to ``path``."""
    return PickleDatasetWriter(open(path, 'wb'), protocol=protocol)
