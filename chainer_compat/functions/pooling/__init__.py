import importlib as _importlib


def __getattr__(name):
    # Chainer imports every submodule eagerly; serve them on first access.
    if name.startswith('__'):
        raise AttributeError(name)
    try:
        return _importlib.import_module(__name__ + '.' + name)
    except ModuleNotFoundError as e:
        if e.name != __name__ + '.' + name:
            raise
        raise AttributeError(
            'module {!r} has no attribute {!r}'.format(__name__, name))
