"""``chainer.dataset.DatasetMixin``."""
import numpy


class DatasetMixin(object):

    """Default implementation of dataset indexing via ``get_example``.

    ``ds[i]`` calls ``get_example(i)``; a slice, a list or a 1-D ndarray of
    indices gives a list of examples.
    """

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return [self.get_example(i) for i in range(start, stop, step)]
        if isinstance(index, (list, numpy.ndarray)):
            return [self.get_example(i) for i in index]
        return self.get_example(index)

    def __len__(self):
        """Returns the number of data points."""
        raise NotImplementedError

    def get_example(self, i):
        """Returns the i-th example (implementations override this)."""
        raise NotImplementedError
