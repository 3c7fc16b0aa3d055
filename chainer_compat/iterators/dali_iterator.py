"""``chainer.iterators.DaliIterator`` (experimental in Chainer).

Pipeline-agnostic: drives any object with DALI's ``build()``,
``epoch_size()``, ``batch_size`` and ``run()``; what ``run()`` returns is
passed through unchanged (DALI itself is not a dependency).
"""
from chainer_compat import utils
from chainer_compat.dataset import iterator


class DaliIterator(iterator.Iterator):

    """(Experimental) Iterator for a DALI pipeline."""

    def __init__(self, pipeline, repeat=True):
        utils.experimental('DaliIterator')
        self.pipeline = pipeline
        self._repeat = repeat
        self._is_build = False
        self.epoch_size = 1  # dummy until the pipeline is built
        self.reset()

    def __next__(self):
        if not self._is_build:
            self.pipeline.build()
            self._is_build = True
            self.epoch_size = tuple(self.pipeline.epoch_size().values())[0]

        if not self._repeat and self.epoch > 0:
            raise StopIteration

        self._previous_epoch_detail = self.epoch_detail
        i_end = self.current_position + self.batch_size
        N = self.epoch_size
        if i_end >= N:
            self.current_position = i_end - N if self._repeat else 0
            self.epoch += 1
            self.is_new_epoch = True
        else:
            self.current_position = i_end
            self.is_new_epoch = False
        return self.pipeline.run()

    next = __next__

    @property
    def batch_size(self):
        return self.pipeline.batch_size

    @property
    def epoch_detail(self):
        return self.epoch + self.current_position / self.epoch_size

    @property
    def previous_epoch_detail(self):
        if self._previous_epoch_detail < 0:
            return None
        return self._previous_epoch_detail

    def serialize(self, serializer):
        self.current_position = serializer('current_position',
                                           self.current_position)
        self.epoch = serializer('epoch', self.epoch)
        self.is_new_epoch = serializer('is_new_epoch', self.is_new_epoch)
        try:
            self._previous_epoch_detail = serializer(
                'previous_epoch_detail', self._previous_epoch_detail)
        except KeyError:
            self._previous_epoch_detail = self.epoch + \
                (self.current_position - self.batch_size) / self.epoch_size
            if self.epoch_detail > 0:
                self._previous_epoch_detail = max(
                    self._previous_epoch_detail, 0.)
            else:
                self._previous_epoch_detail = -1.

    def reset(self):
        self.current_position = 0
        self.epoch = 0
        self.is_new_epoch = False
        self._previous_epoch_detail = -1.

    @property
    def repeat(self):
        return self._repeat
