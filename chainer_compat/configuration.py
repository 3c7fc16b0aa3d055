"""Chainer's global and thread-local configuration (``chainer.config``).

Pure Python, with Chainer 7.8.1's semantics.  One facade-specific rule:
``enable_backprop`` *is* torch's thread-local grad mode — reading it returns
``torch.is_grad_enabled()`` and setting it calls ``torch.set_grad_enabled``,
so ``chainer.no_backprop_mode()`` and ``torch.no_grad()`` are one switch.
"""
import sys
import threading

import torch

_GRAD = 'enable_backprop'


class GlobalConfig(object):

    """The plain object that represents the global configuration of Chainer."""

    def __setattr__(self, name, value):
        if name == _GRAD:
            torch.set_grad_enabled(bool(value))
        object.__setattr__(self, name, value)

    def show(self, file=sys.stdout):
        """show(file=sys.stdout)

        Prints the global config entries, sorted by name.
        """
        keys = sorted(self.__dict__)
        _print_attrs(self, keys, file)


class LocalConfig(object):

    """Thread-local configuration of Chainer (falls back to the global one)."""

    def __init__(self, global_config):
        super(LocalConfig, self).__setattr__('_global', global_config)
        super(LocalConfig, self).__setattr__('_local', threading.local())

    def __delattr__(self, name):
        delattr(self._local, name)
        if name == _GRAD:
            torch.set_grad_enabled(bool(self._global.enable_backprop))

    def __getattr__(self, name):
        if name == _GRAD:
            # torch's grad mode is the source of truth (see module doc).
            return torch.is_grad_enabled()
        dic = self._local.__dict__
        if name in dic:
            return dic[name]
        return getattr(self._global, name)

    def __setattr__(self, name, value):
        if name == _GRAD:
            torch.set_grad_enabled(bool(value))
        setattr(self._local, name, value)

    def show(self, file=sys.stdout):
        """show(file=sys.stdout)

        Prints the config entries of this thread, sorted by name.
        """
        keys = sorted(set(self._global.__dict__) | set(self._local.__dict__))
        _print_attrs(self, keys, file)


def _print_attrs(obj, keys, file):
    max_len = max(len(key) for key in keys)
    for key in keys:
        spacer = ' ' * (max_len - len(key))
        file.write(u'{} {}{}\n'.format(key, spacer, getattr(obj, key)))


global_config = GlobalConfig()
config = LocalConfig(global_config)


class _ConfigContext(object):

    is_local = False
    old_value = None

    def __init__(self, config, name, value):
        self.config = config
        self.name = name
        self.value = value

    def __enter__(self):
        name = self.name
        config = self.config
        is_local = hasattr(config._local, name)
        if is_local:
            self.old_value = getattr(config, name)
            self.is_local = is_local
        setattr(config, name, self.value)

    def __exit__(self, typ, value, traceback):
        if self.is_local:
            setattr(self.config, self.name, self.old_value)
        else:
            delattr(self.config, self.name)


def using_config(name, value, config=config):
    """using_config(name, value, config=chainer.config)

    Context manager to temporarily change the thread-local configuration.
    """
    return _ConfigContext(config, name, value)
