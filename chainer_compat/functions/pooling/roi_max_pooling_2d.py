"""``chainer.functions.roi_max_pooling_2d``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.pooling import _roi


def roi_max_pooling_2d(x, rois, roi_indices, outsize, spatial_scale):
    """Chainer-compatible :func:`chainer.functions.roi_max_pooling_2d`
    (``rois`` rows are ``(ymin, xmin, ymax, xmax)``, ``roi_indices``
    int32 batch indices)."""
    outh, outw, spatial_scale = _roi.parse_outsize(outsize, spatial_scale)
    xt = _f.tensor(x)
    rt = _f.tensor(rois)
    it = _f.tensor(roi_indices)
    _roi.check3('ROIMaxPooling2D', xt, rt, it, align=False)
    y = _roi.pool_bins(xt, _roi.host(rt), _roi.host(it), outh, outw,
                       spatial_scale, 'max', plus_one=False)
    return _f.output(y, 'ROIMaxPooling2D', (x, rois, roi_indices))
