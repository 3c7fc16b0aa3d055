"""pytest plugin: the ``chainer_facade`` fixture (see torch_interop)."""
import pytest

from chainer_compat import torch_interop


@pytest.fixture
def chainer_facade():
    """Inside the test, ``import chainer`` resolves to chainer_compat."""
    with torch_interop.activate():
        import chainer
        yield chainer
