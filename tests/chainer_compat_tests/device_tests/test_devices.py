"""Chainer's device API on torch (CPU parts run everywhere; GPU parts are
marked ``gpu`` and skipped without CUDA)."""
import numpy
import pytest
import torch

import chainer_compat as chainer
import chainer_compat.functions as F
import chainer_compat.links as L
from chainer_compat import backend
from chainer_compat.backends import cuda

gpu = pytest.mark.gpu
needs_cuda = pytest.mark.skipif(not torch.cuda.is_available(),
                                reason='needs CUDA')


@pytest.mark.parametrize('spec', [-1, '@numpy', numpy,
                                  backend.CpuDevice()])
def test_cpu_specifiers(spec):
    d = chainer.get_device(spec)
    assert isinstance(d, backend.CpuDevice) and d.xp is numpy
    assert d.name == '@numpy' and str(d) == '@numpy'


@pytest.mark.parametrize('spec,index', [(0, 0), ('@cupy:1', 1),
                                        ('cuda:0', 0)])
def test_gpu_specifiers_parse_without_a_gpu(spec, index):
    d = chainer.get_device(spec)
    assert isinstance(d, backend.GpuDevice)
    assert d.device.id == index and d.name == '@cupy:{}'.format(index)


@pytest.mark.parametrize('spec', ['@cupy:x', '@cupy'])
def test_bad_specifiers(spec):
    with pytest.raises(ValueError):
        chainer.get_device(spec)


def test_unprefixed_specifier_is_chainerx_as_in_chainer():
    # Chainer: specifiers without '@' are ChainerX's; not available here.
    with pytest.raises(RuntimeError, match='ChainerX'):
        chainer.get_device('foo')


def test_intel64_and_chainerx_are_clear_errors():
    with pytest.raises(RuntimeError, match='iDeep'):
        chainer.get_device('@intel64')
    with pytest.raises(RuntimeError, match='ChainerX'):
        chainer.get_device('native:0')
    assert not chainer.backends.intel64.is_ideep_available()


def test_cuda_module_on_cpu():
    assert cuda.available == torch.cuda.is_available()
    assert cuda.get_device_from_id(None) is cuda.DummyDevice
    assert cuda.get_array_module(numpy.ones(1)) is numpy
    a = numpy.arange(3)
    assert cuda.to_cpu(a) is a
    assert cuda.to_cpu(None) is None
    assert chainer.backend.get_array_module(chainer.Variable(a * 1.)) \
        is numpy
    with pytest.raises(NotImplementedError, match='D-002'):
        cuda.elementwise('T x', 'T y', 'y = x', 'k')


def test_to_device_cpu_keeps_parameter_identity():
    link = L.Linear(2, 3)
    t = link.W._t
    link.to_device('@numpy')
    link.to_cpu()
    assert link.W._t is t and link.device == backend.CpuDevice()


@gpu
@needs_cuda
def test_gpu_roundtrip_and_functions():
    x = numpy.arange(6, dtype=numpy.float32).reshape(2, 3)
    xg = cuda.to_gpu(x)
    assert backend.get_device_from_array(xg) == chainer.get_device(0)
    y = F.relu(chainer.Variable(xg) - 2)
    numpy.testing.assert_array_equal(cuda.to_cpu(y.array),
                                     numpy.maximum(x - 2, 0))
    assert cuda.get_array_module(y) is not numpy or cuda.cupy is None


@gpu
@needs_cuda
def test_gpu_link_keeps_param_identity_for_optimizer():
    model = L.Classifier(L.Linear(3, 2))
    opt = chainer.optimizers.Adam()
    opt.setup(model)
    ts = [p._t for p in model.params()]
    model.to_gpu()
    assert [p._t for p in model.params()] == ts
    assert all(p._t.is_cuda for p in model.params())
    x = cuda.to_gpu(numpy.ones((4, 3), numpy.float32))
    t = cuda.to_gpu(numpy.zeros(4, numpy.int32))
    opt.update(model, x, t)
    assert opt.t == 1


@gpu
@needs_cuda
def test_gpu_training_matches_cpu():
    def run(device):
        numpy.random.seed(0)
        model = L.Classifier(L.Linear(3, 2))
        opt = chainer.optimizers.SGD(lr=0.1)
        opt.setup(model)
        model.to_device(device)
        dev = chainer.get_device(device)
        x = dev.send(numpy.arange(12, dtype=numpy.float32).reshape(4, 3))
        t = dev.send(numpy.array([0, 1, 0, 1], numpy.int32))
        for _ in range(3):
            opt.update(model, x, t)
        return cuda.to_cpu(model.predictor.W.array)
    numpy.testing.assert_allclose(run('@numpy'), run('@cupy:0'), rtol=1e-5)
