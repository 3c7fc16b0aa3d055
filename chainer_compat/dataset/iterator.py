"""``chainer.dataset.Iterator``: base class of dataset iterators."""


class Iterator(object):

    """Base class of all dataset iterators.

    Implementations provide ``batch_size``, ``epoch``, ``epoch_detail``,
    ``previous_epoch_detail`` and ``is_new_epoch`` and support
    ``serialize`` for resuming.
    """

    def __del__(self):
        self.finalize()

    def __iter__(self):
        """Returns self."""
        return self

    def __next__(self):
        """Returns the next batch."""
        raise NotImplementedError

    def next(self):
        """Python 2 alias of ``__next__``."""
        return self.__next__()

    def finalize(self):
        """Releases resources (no-op by default; may be called repeatedly)."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.finalize()

    def serialize(self, serializer):
        """Serializes the internal state of the iterator (no-op here)."""
        pass
