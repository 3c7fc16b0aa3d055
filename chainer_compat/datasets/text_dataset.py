"""``chainer.datasets.TextDataset``: lines of (parallel) text files."""
import io
import threading

from chainer_compat.dataset import dataset_mixin


class TextDataset(dataset_mixin.DatasetMixin):

    """Dataset of lines of one text file, or tuples of lines of several.

    Line offsets are indexed at construction; ``filter_func(*lines)`` keeps
    only the lines for which it returns True.
    """

    def __init__(self, paths, encoding=None, errors=None, newline=None,
                 filter_func=None):
        if isinstance(paths, str):
            paths = [paths]
        elif not paths:
            raise ValueError('at least one text file must be specified')

        def _per_file(opt):
            if isinstance(opt, str) or opt is None:
                return [opt] * len(paths)
            return opt

        encoding = _per_file(encoding)
        errors = _per_file(errors)
        newline = _per_file(newline)
        if not len(paths) == len(encoding) == len(errors) == len(newline):
            raise ValueError('length of each option must match with the '
                             'number of text files to read')

        self._paths = paths
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._fps = None
        self._open()

        linenum = 0
        lines = []
        bounds = tuple([0] for _ in self._fps)
        while True:
            data = [fp.readline() for fp in self._fps]
            if not all(data):
                if any(data):
                    raise ValueError(
                        'number of lines in files does not match')
                break
            for i, fp in enumerate(self._fps):
                bounds[i].append(fp.tell())
            if filter_func is not None and filter_func(*data):
                lines.append(linenum)
            linenum += 1
        if filter_func is None:
            lines = range(linenum)

        self._bounds = bounds
        self._lines = lines
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['_fps']
        del state['_lock']
        return state

    def __setstate__(self, state):
        self.__dict__ = state
        self._open()
        self._lock = threading.Lock()

    def __len__(self):
        return len(self._lines)

    def _open(self):
        self._fps = [
            io.open(path, mode='rt', encoding=enc, errors=err, newline=nl)
            for path, enc, err, nl in zip(
                self._paths, self._encoding, self._errors, self._newline)]

    def close(self):
        """Closes the files (the first error is re-raised at the end)."""
        exc = None
        for fp in self._fps:
            try:
                fp.close()
            except Exception as e:
                if exc is None:
                    exc = e
        if exc is not None:
            raise exc

    def get_example(self, idx):
        if idx < 0 or len(self._lines) <= idx:
            raise IndexError
        linenum = self._lines[idx]
        with self._lock:
            for k, fp in enumerate(self._fps):
                fp.seek(self._bounds[k][linenum])
            lines = [fp.readline() for fp in self._fps]
        if len(lines) == 1:
            return lines[0]
        return tuple(lines)
