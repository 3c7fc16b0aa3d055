"""The facade's one extension namespace (names Chainer 7.8.1 does not have).

* :func:`activate` -- context manager: inside it ``import chainer`` (and
  ``chainer.X.Y``, ``chainerx``) resolve to chainer_compat, even when a real
  Chainer is installed; on exit the previous modules are restored, so real
  Chainer and the facade can be compared in one process.
* ``chainer_facade`` -- a pytest fixture doing the same for one test; enable
  it with ``pytest -p chainer_compat.torch_interop.pytest_plugin`` or
  ``pytest_plugins = ['chainer_compat.torch_interop.pytest_plugin']``.
* :func:`tensor_of` -- the torch tensor behind a Variable (zero-copy).
"""
import contextlib
import sys

_ALIASED = ('chainer', 'chainerx')


def _aliased_names():
    return [n for n in sys.modules
            if n.split('.', 1)[0] in _ALIASED]


@contextlib.contextmanager
def activate():
    """``import chainer`` means chainer_compat inside the ``with`` block."""
    import _chainer_compat_alias
    saved = {n: sys.modules.pop(n) for n in _aliased_names()}
    finder = _chainer_compat_alias._AliasFinder(force=True)
    sys.meta_path.insert(0, finder)
    try:
        yield sys.modules.get('chainer_compat')
    finally:
        sys.meta_path.remove(finder)
        for n in _aliased_names():
            del sys.modules[n]
        sys.modules.update(saved)


def tensor_of(variable):
    """The ``torch.Tensor`` a Variable wraps (shares memory)."""
    return variable._t
