"""Lazy re-export tables for the flat ``chainer.functions``/``links``.

Chainer's ``functions/__init__.py`` imports ~200 names from their modules.
The facade keeps the same table (name -> defining module, as in Chainer) and
imports a module the first time one of its names is used.  A name whose
module is not written yet resolves to a stub that raises
``NotImplementedError`` naming the Chainer API; the coverage report counts
such stubs as missing (attribute ``_chainer_compat_missing``).
"""
import importlib
import importlib.util


def _missing_stub(public_name):
    def stub(*args, **kwargs):
        raise NotImplementedError(
            '{} is not implemented in chainer_compat yet '
            '(see docs/divergences.md and docs/coverage.md)'.format(
                public_name))
    stub.__name__ = public_name.rsplit('.', 1)[-1]
    stub.__qualname__ = stub.__name__
    stub._chainer_compat_missing = True
    return stub


def install(module_globals, table, public_prefix):
    """Give a package a module ``__getattr__`` that serves ``table``.

    ``table`` maps a public name to ``(module, attribute)`` with ``module``
    relative to the facade package (``'functions.activation.relu'``).
    """
    package = module_globals['__name__'].split('.')[0]

    def __getattr__(name):
        try:
            modname, attr = table[name]
        except KeyError:
            # Chainer's package imports its subpackages (F.math, F.noise,
            # ...), so they are attributes: import one on first access.
            sub = module_globals['__name__'] + '.' + name
            if not name.startswith('_') and \
                    importlib.util.find_spec(sub) is not None:
                return importlib.import_module(sub)
            raise AttributeError('module {!r} has no attribute {!r}'.format(
                module_globals['__name__'], name))
        full = package + '.' + modname
        try:
            mod = importlib.import_module(full)
            value = getattr(mod, attr)
        except (ImportError, AttributeError) as e:
            if isinstance(e, ImportError) and e.name not in (None, full) \
                    and not full.startswith(e.name or ''):
                raise  # a real import error inside an existing module
            value = _missing_stub(public_prefix + name)
        module_globals[name] = value
        return value

    def __dir__():
        return sorted(set(module_globals) | set(table))

    module_globals['__getattr__'] = __getattr__
    module_globals['__dir__'] = __dir__
    module_globals['_LAZY_TABLE'] = table
