"""torch_interop.activate / the chainer_facade fixture."""
import importlib.machinery
import sys

import chainer_compat
from chainer_compat import torch_interop

pytest_plugins = ['chainer_compat.torch_interop.pytest_plugin']


def test_activate_makes_import_chainer_the_facade():
    before = sys.modules.get('chainer')
    with torch_interop.activate():
        import chainer
        import chainer.functions as F
        assert chainer is chainer_compat
        assert F is chainer_compat.functions
    assert sys.modules.get('chainer') is before


def test_fixture(chainer_facade):
    assert chainer_facade is chainer_compat
    x = chainer_facade.Variable(chainer_facade.backend.CpuDevice().xp.ones(
        2, 'f'))
    assert torch_interop.tensor_of(x).sum().item() == 2.0


def test_real_chainer_still_importable_after_exit():
    real = importlib.machinery.PathFinder.find_spec('chainer')
    with torch_interop.activate():
        pass
    if real is not None:   # only where a real Chainer is installed
        import chainer
        assert chainer is not chainer_compat
