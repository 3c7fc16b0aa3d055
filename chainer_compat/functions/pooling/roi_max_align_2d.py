"""``chainer.functions.roi_max_align_2d``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.pooling import _roi


def roi_max_align_2d(
        x, rois, roi_indices, outsize, spatial_scale, sampling_ratio=None):
    """Chainer-compatible :func:`chainer.functions.roi_max_align_2d`
    (bilinear samples per bin, maxd; float32 only, as in Chainer)."""
    outh, outw, spatial_scale = _roi.parse_outsize(outsize, spatial_scale)
    sr = _roi.parse_sampling_ratio(sampling_ratio)
    xt = _f.tensor(x)
    rt = _f.tensor(rois)
    it = _f.tensor(roi_indices)
    _roi.check3('ROIMaxAlign2D', xt, rt, it, align=True)
    y = _roi.align(xt, _roi.host(rt), _roi.host(it), outh, outw,
                   spatial_scale, sr, 'max')
    return _f.output(y, 'ROIMaxAlign2D', (x, rois, roi_indices))
