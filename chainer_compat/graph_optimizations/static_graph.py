"""``chainer.graph_optimizations.static_graph``.

Chainer's static-graph optimisation caches a traced schedule.  In
chainer_compat the decorated ``forward`` simply runs define-by-run on
torch (the result is identical; only Chainer's speed-up is absent,
divergence D-007).
"""
import functools


def static_graph(*args, **kwargs):
    """Decorator marking a Chain's forward as static (runs unoptimised)."""
    def wrap(func):
        @functools.wraps(func)
        def wrapped(*a, **k):
            return func(*a, **k)
        wrapped._chainer_static_graph = True
        return wrapped
    if len(args) == 1 and not kwargs and callable(args[0]):
        return wrap(args[0])
    return wrap
