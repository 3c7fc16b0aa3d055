"""``distribution_unittest``: base class for distribution tests."""
import unittest

try:
    import pytest  # NOQA
    _error = None
except ImportError as e:  # pragma: no cover
    _error = e


if _error is None:
    from chainer_compat.testing._distribution_test import distribution_unittest  # NOQA
else:  # pragma: no cover
    class distribution_unittest(unittest.TestCase):
        def test_dummy(self):
            raise RuntimeError('{} is not available.\n\nReason: {}: {}'.format(
                __name__, type(_error).__name__, _error))
