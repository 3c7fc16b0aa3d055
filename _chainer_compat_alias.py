"""Make ``import chainer`` / ``import chainerx`` resolve to chainer_compat.

Imported at interpreter start-up by ``chainer_compat-alias.pth``; must stay
cheap (no torch, no chainer_compat import here).  The finder only answers for
``chainer``/``chainerx`` when no real Chainer can be found on ``sys.path``, so
a real Chainer installed in the same environment is never shadowed.
``python -m chainer_compat script.py`` calls :func:`install` with
``force=True`` to run a script on the facade even beside a real Chainer.
"""
import sys

_TARGET = 'chainer_compat'


def _target(fullname):
    top, _, rest = fullname.partition('.')
    if top == 'chainer':
        return _TARGET + ('.' + rest if rest else '')
    if top == 'chainerx':
        return _TARGET + '.chainerx' + ('.' + rest if rest else '')
    return None


class _AliasLoader(object):
    # A plain class (no importlib.abc import): start-up stays cheap.
    def __init__(self, target):
        self._target = target

    def create_module(self, spec):
        # Import (and execute) the facade module under its real name; the
        # alias then shares the very same module object.
        import importlib
        return importlib.import_module(self._target)

    def exec_module(self, module):
        pass


class _AliasFinder(object):
    def __init__(self, force):
        self.force = force
        self._real_checked = None

    def _real_chainer_exists(self):
        if self._real_checked is None:
            import importlib.machinery
            spec = importlib.machinery.PathFinder.find_spec('chainer')
            self._real_checked = spec is not None
        return self._real_checked

    def find_spec(self, fullname, path=None, target=None):
        tgt = _target(fullname)
        if tgt is None:
            return None
        if not self.force and self._real_chainer_exists():
            return None
        import importlib.machinery
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(tgt))


def install(force=False):
    """Install the alias finder; ``force`` aliases even beside real Chainer."""
    for f in sys.meta_path:
        if isinstance(f, _AliasFinder) or type(f).__name__ == '_AliasFinder':
            if force:
                f.force = True
            return f
    finder = _AliasFinder(force)
    sys.meta_path.insert(0, finder)
    return finder


def uninstall():
    sys.meta_path[:] = [f for f in sys.meta_path
                        if type(f).__name__ != '_AliasFinder']
