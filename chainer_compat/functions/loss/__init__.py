"""Chainer's function modules of this family (submodules load on first
attribute access, e.g. ``chainer.functions.loss.crf1d``)."""
import importlib as _importlib


def __getattr__(name):
    if name.startswith('_'):
        raise AttributeError(name)
    try:
        return _importlib.import_module(__name__ + '.' + name)
    except ImportError:
        raise AttributeError(
            'module {!r} has no attribute {!r}'.format(__name__, name))
