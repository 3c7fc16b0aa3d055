"""``chainer.graph_optimizations.static_graph_utilities``."""
import functools


def static_code(*dec_args, **dec_kwargs):
    """Decorator for code run once per static-graph iteration (runs always)."""
    def wrap(func):
        @functools.wraps(func)
        def wrapped(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapped
    if len(dec_args) == 1 and not dec_kwargs and callable(dec_args[0]):
        return wrap(dec_args[0])
    return wrap
