"""``chainer.utils.cache``."""
import functools

from chainer_compat import configuration


class cached_property(object):

    """Caches a property per value of ``config.enable_backprop``
    (a graph-free result is not reused when backprop is needed)."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return self
        caches = obj.__dict__.setdefault(self.__name__, {})
        key = configuration.config.enable_backprop
        if key not in caches:
            caches[key] = self.func(obj)
        return caches[key]

    def __set__(self, obj, cls):
        raise AttributeError(
            'attribute \'{}\' of {} is readonly'.format(self.__name__, cls))
