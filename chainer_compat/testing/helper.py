"""Requirement-based skips, ``assert_warns`` and ``patch``."""
import contextlib
import sys
import unittest
import warnings

try:
    import mock
    _mock_error = None
except ImportError as e:  # pragma: no cover - depends on the environment
    try:
        from unittest import mock
        _mock_error = None
    except ImportError:
        _mock_error = e


def _check_mock_available():
    if _mock_error is not None:
        raise RuntimeError(
            'mock is not available: Reason: {}'.format(_mock_error))


def _requirements_satisfied(requirements):
    """True iff every requirement string (PEP 508) is installed.

    Chainer asks ``pkg_resources``; it is gone from recent setuptools, so
    the check uses ``importlib.metadata`` and ``packaging`` instead.
    """
    import importlib.metadata as metadata
    try:
        from packaging.requirements import Requirement
    except ImportError:  # pragma: no cover
        Requirement = None
    for req_str in requirements:
        if Requirement is None:
            name, spec = req_str, None
        else:
            req = Requirement(req_str)
            name, spec = req.name, req.specifier
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            return False
        if spec is not None and not spec.contains(version, prereleases=True):
            return False
    return True


def with_requires(*requirements):
    """Runs the test only when all ``requirements`` are installed."""
    skip = not _requirements_satisfied(requirements)
    return unittest.skipIf(skip, 'requires: {}'.format(','.join(requirements)))


def without_requires(*requirements):
    """Runs the test only when ``requirements`` are not all installed."""
    skip = _requirements_satisfied(requirements)
    return unittest.skipIf(skip, 'requires: {}'.format(','.join(requirements)))


@contextlib.contextmanager
def assert_warns(expected):
    """Asserts that the block emits a warning of category ``expected``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        yield
    if not any(isinstance(w.message, expected) for w in caught):
        name = getattr(expected, '__name__', str(expected))
        raise AssertionError('%s not triggerred' % name)


def _import_object_from_name(fullname):
    parts = fullname.split('.')
    obj = sys.modules.get(parts[0])
    if obj is None:
        raise RuntimeError('Can\'t import {}'.format(parts[0]))
    for i, part in enumerate(parts[1:]):
        obj = getattr(obj, part)
        if obj is None:
            raise RuntimeError(
                'Can\'t find object {}'.format('.'.join(parts[:i + 1])))
    return obj


def patch(target, *args, **kwargs):
    """``mock.patch`` that wraps the original object by default."""
    _check_mock_available()
    if 'wraps' in kwargs:
        wraps = kwargs.pop('wraps')
    else:
        wraps = _import_object_from_name(target)
    return mock.patch(target, *args, wraps=wraps, **kwargs)
