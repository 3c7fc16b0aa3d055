"""``chainer.utils.imgproc``."""
import numpy


def oversample(images, crop_dims):
    """Crops each (c, h, w) image at the 4 corners and the center, plus the
    horizontal mirrors of those 5 crops (10 crops per image)."""
    channels, src_h, src_w = images[0].shape
    dst_h, dst_w = crop_dims
    cy, cx = src_h / 2.0, src_w / 2.0
    tops_lefts = [
        (0, 0), (0, src_w - dst_w), (src_h - dst_h, 0),
        (src_h - dst_h, src_w - dst_w),
        (int(cy - dst_h / 2.0), int(cx - dst_w / 2.0))]
    crops = numpy.empty(
        (10 * len(images), channels, dst_h, dst_w), dtype=images[0].dtype)
    ix = 0
    for img in images:
        for top, left in tops_lefts:
            crops[ix] = img[:, top:top + dst_h, left:left + dst_w]
            ix += 1
        crops[ix:ix + 5] = crops[ix - 5:ix, :, :, ::-1]
        ix += 5
    return crops
