"""``chainer.testing``: helpers for writing Chainer-style tests.

Works for legacy test suites and for Chainer's own suite: parameterized and
backend-injected classes are named exactly as Chainer names them.
"""
from chainer_compat.testing.array import assert_allclose  # NOQA
from chainer_compat.testing.backend import BackendConfig  # NOQA
from chainer_compat.testing.backend import inject_backend_tests  # NOQA
from chainer_compat.testing.distribution_test import distribution_unittest  # NOQA
from chainer_compat.testing.function_link import FunctionTestCase  # NOQA
from chainer_compat.testing.function_link import FunctionTestError  # NOQA
from chainer_compat.testing.function_link import InitializerArgument  # NOQA
from chainer_compat.testing.function_link import LinkInitializersTestCase  # NOQA
from chainer_compat.testing.function_link import LinkTestCase  # NOQA
from chainer_compat.testing.function_link import LinkTestError  # NOQA
from chainer_compat.testing.helper import assert_warns  # NOQA
from chainer_compat.testing.helper import patch  # NOQA
from chainer_compat.testing.helper import with_requires  # NOQA
from chainer_compat.testing.helper import without_requires  # NOQA
from chainer_compat.testing.matrix import generate_matrix  # NOQA
from chainer_compat.testing.parameterized import from_pytest_parameterize  # NOQA
from chainer_compat.testing.parameterized import parameterize  # NOQA
from chainer_compat.testing.parameterized import parameterize_pytest  # NOQA
from chainer_compat.testing.parameterized import product  # NOQA
from chainer_compat.testing.parameterized import product_dict  # NOQA
from chainer_compat.testing.random import fix_random  # NOQA
from chainer_compat.testing.random import generate_seed  # NOQA
from chainer_compat.testing.serializer import save_and_load  # NOQA
from chainer_compat.testing.serializer import save_and_load_hdf5  # NOQA
from chainer_compat.testing.serializer import save_and_load_npz  # NOQA
from chainer_compat.testing.training import get_trainer_with_mock_updater  # NOQA
from chainer_compat.testing.unary_math_function_test import unary_math_function_unittest  # NOQA


def run_module(name, file):
    """Runs the tests of ``file`` with pytest when ``name`` is '__main__'.

    Args:
        name: ``__name__`` of the calling module.
        file: ``__file__`` of the calling module.
    """
    if name == '__main__':
        import pytest
        pytest.main([file, '-vvs', '-x', '--pdb'])
