"""``chainer.functions.roi_pooling_2d``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.functions.pooling import _roi
from chainer_compat.utils import type_check


def roi_pooling_2d(x, rois, outh, outw, spatial_scale):
    """Chainer-compatible :func:`chainer.functions.roi_pooling_2d` (ROI max
    pooling; ``rois`` rows are ``(batch_index, xmin, ymin, xmax, ymax)``)."""
    xt = _f.tensor(x)
    rt = _f.tensor(rois)

    def body(in_types):
        type_check.expect(in_types.size() == 2)
        x_type, roi_type = in_types
        type_check.expect(x_type.dtype.kind == 'f', x_type.ndim == 4,
                          x_type.dtype == roi_type.dtype,
                          roi_type.ndim == 2, roi_type.shape[1] == 5)
    _util.check('ROIPooling2D', (xt, rt), body)
    r = _roi.host(rt)
    # reorder to (ymin, xmin, ymax, xmax)
    boxes = r[:, [2, 1, 4, 3]]
    y = _roi.pool_bins(xt, boxes, r[:, 0], outh, outw, spatial_scale, 'max',
                       plus_one=True)
    return _f.output(y, 'ROIPooling2D', (x, rois))
