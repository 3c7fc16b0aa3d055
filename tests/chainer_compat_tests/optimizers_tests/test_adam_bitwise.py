"""Adam follows Chainer's CPU arithmetic bit for bit (numpy formulas)."""
import math

import numpy
import pytest

import chainer_compat as chainer


def _chainer_adam_numpy(p, g, steps, alpha=1e-3, b1=0.9, b2=0.999,
                        eps=1e-8, eta=1.0, wd=0.0):
    # Chainer 7.8.1 AdamRule.update_core_cpu, written with numpy.
    m = numpy.zeros_like(p)
    v = numpy.zeros_like(p)
    p = p.copy()
    for t in range(1, steps + 1):
        m += (1 - b1) * (g - m)
        v += (1 - b2) * (g * g - v)
        alpha_t = alpha * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
        step = alpha_t / (numpy.sqrt(v) + eps)
        a, b = 1.0 - eta * wd, -eta
        if a == 1:
            p += b * (step * m)
        else:
            p[...] = a * p + b * (step * m)
    return p


@pytest.mark.parametrize('dtype', [numpy.float32, numpy.float64])
@pytest.mark.parametrize('wd', [0.0, 0.01])
def test_adam_matches_chainer_bitwise(dtype, wd):
    rng = numpy.random.RandomState(0)
    p0 = rng.randn(1000).astype(dtype)
    g = (rng.randn(1000) * 1e-3).astype(dtype)
    expected = _chainer_adam_numpy(p0, g, 3, wd=wd)

    link = chainer.Link()
    with link.init_scope():
        link.w = chainer.Parameter(p0.copy())
    opt = chainer.optimizers.Adam(weight_decay_rate=wd)
    opt.setup(link)
    for _ in range(3):
        link.w.grad = g.copy()
        opt.update()
    numpy.testing.assert_array_equal(link.w.array, expected)
