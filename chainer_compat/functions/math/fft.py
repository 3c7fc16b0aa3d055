"""``chainer.functions.fft`` and ``ifft``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.utils import type_check


def _fft(label, method, x):
    real, imag = x
    rt = _f.tensor(real)
    it = _f.tensor(imag)

    def fn(in_types):
        r_type, i_type = in_types
        type_check.expect(
            r_type.dtype.kind == 'f',
            r_type.ndim > 0,
            r_type.shape == i_type.shape,
            r_type.dtype == i_type.dtype,
        )
    _h.check(label, (rt, it), ('real', 'imag'), fn)
    if rt.shape[-1] == 0:
        raise ValueError('Invalid number of FFT data points (0) specified.')
    dt = rt.dtype
    if rt.numel() == 0:
        return _f.outputs([rt * 1, it * 1], label, (real, imag))
    if dt == torch.float16:
        rt, it = rt.float(), it.float()
    y = getattr(torch.fft, method)(torch.complex(rt, it), dim=-1)
    return _f.outputs([y.real.to(dt), y.imag.to(dt)], label, (real, imag))


def fft(x):
    """1-D FFT over the last axis of ``x = (real, imag)``; returns the
    ``(real, imag)`` pair of the result."""
    return _fft('FFT', 'fft', x)


def ifft(x):
    """1-D inverse FFT over the last axis of ``x = (real, imag)``."""
    return _fft('FFT', 'ifft', x)
