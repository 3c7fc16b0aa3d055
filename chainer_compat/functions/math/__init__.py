"""``chainer.functions.math``: modules are imported on first attribute
access (Chainer imports them all in ``chainer/functions/__init__.py``)."""
import importlib as _importlib
import importlib.util as _importlib_util


def __getattr__(name):
    sub = __name__ + '.' + name
    if not name.startswith('_') and \
            _importlib_util.find_spec(sub) is not None:
        return _importlib.import_module(sub)
    raise AttributeError('module {!r} has no attribute {!r}'.format(
        __name__, name))
