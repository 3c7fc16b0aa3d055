"""Bilinear up/down-sampling filter initializers (FCN surgery filters)."""
import numpy

from chainer_compat import initializer


def _get_linear_filter(size, ndim, upsampling=True):
    # Separable tent filter of width ``size`` centred in the kernel.
    factor = (size + 1) // 2
    center = factor - 1. if size % 2 == 1 else factor - 0.5
    grids = numpy.ogrid[(slice(size),) * ndim]
    filt = 1.
    for g in grids:
        filt = filt * (1. - abs(g - center) / factor)
    if not upsampling:
        filt /= filt.sum()
    return filt


class _SamplingFilter(initializer.Initializer):

    def __init__(self, upsampling=True, interpolation='linear', dtype=None):
        self._upsampling = upsampling
        if interpolation == 'linear':
            self._get_filter_func = _get_linear_filter
        else:
            raise ValueError(
                'Unsupported interpolation method: {}'.format(interpolation))
        super(_SamplingFilter, self).__init__(dtype)

    def __call__(self, array):
        if self.dtype is not None:
            assert array.dtype == self.dtype
        in_c, out_c = array.shape[:2]
        assert in_c == out_c or out_c == 1
        ksize = None
        for k in array.shape[2:]:
            if ksize is None:
                ksize = k
            elif ksize != k:
                raise ValueError(
                    'ksize must be all same: {} != {}'.format(ksize, k))
        filt = self._get_filter_func(
            ksize, ndim=array.ndim - 2, upsampling=self._upsampling)
        array[...] = 0.
        if out_c == 1:
            array[numpy.arange(in_c), 0, ...] = filt
        else:
            array[numpy.arange(in_c), numpy.arange(out_c), ...] = filt


class UpsamplingDeconvFilter(_SamplingFilter):

    """Standard bilinear upsampling weight (for ``DeconvolutionND``)."""

    def __init__(self, interpolation='linear', dtype=None):
        if interpolation != 'linear':
            raise ValueError(
                'Unsupported interpolation method: {}'.format(interpolation))
        super(UpsamplingDeconvFilter, self).__init__(
            upsampling=True, interpolation=interpolation, dtype=dtype)


class DownsamplingConvFilter(_SamplingFilter):

    """Standard normalised downsampling weight (for ``ConvolutionND``)."""

    def __init__(self, interpolation='linear', dtype=None):
        if interpolation != 'linear':
            raise ValueError(
                'Unsupported interpolation method: {}'.format(interpolation))
        super(DownsamplingConvFilter, self).__init__(
            upsampling=False, interpolation=interpolation, dtype=dtype)
