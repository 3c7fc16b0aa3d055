"""Golden cases: chainer.functions.pooling."""
import numpy

from tests.golden.cases._f2 import fb, r
from tests.golden.registry import case

FD = ('float16', 'float32', 'float64')


def _ties(shape, dtype, seed=0):
    # integer-valued input: many ties inside the windows
    rng = numpy.random.RandomState(seed)
    return rng.randint(-2, 3, shape).astype(dtype)


@case('max_pooling_2d', dtypes=FD)
def max_pooling_2d(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.max_pooling_2d(a, 2),
            lambda a: F.max_pooling_2d(a, 3, 2, 1),
            lambda a: F.max_pooling_2d(a, 3, 2, 1, cover_all=False),
            lambda a: F.max_pooling_2d(a, (2, 3), (1, 2), (1, 0)),
            lambda a: F.max_pooling_2d(a, 2, 3, 2),
            lambda a: F.max_pooling_2d(a, 3, 1, 1)]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 2, 5, 6), dtype)], double=(i in (1, 5))).items()})
        out.update({'t%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [_ties((1, 2, 5, 6), dtype)]).items()})
    return out


@case('max_pooling_nd', dtypes=FD)
def max_pooling_nd(ch, dtype):
    F = ch.functions
    out = {}
    for i, (fn, shape) in enumerate([
            (lambda a: F.max_pooling_1d(a, 2), (2, 3, 7)),
            (lambda a: F.max_pooling_1d(a, 3, 2, 1, cover_all=False),
             (2, 3, 7)),
            (lambda a: F.max_pooling_3d(a, 2), (1, 2, 3, 4, 5)),
            (lambda a: F.max_pooling_nd(a, (2, 1, 3), 2, (1, 0, 1)),
             (1, 2, 3, 4, 5)),
            (lambda a: F.max_pooling_nd(a, 2, 1, 0), (1, 1, 3, 3, 3, 3))]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r(shape, dtype)], double=(i == 2)).items()})
        out.update({'t%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [_ties(shape, dtype)]).items()})
    return out


@case('max_pooling_padding_window_double', dtypes=('float32',),
      xfail='D-303: 2nd-order grad of an all-padding window is 0, not -inf')
def max_pooling_padding_window_double(ch, dtype):
    return fb(ch, lambda a: ch.functions.max_pooling_2d(a, 2, 3, 2),
              [r((1, 1, 4, 4), dtype)], double=True)


@case('max_pooling_indices', dtypes=('float32',))
def max_pooling_indices(ch, dtype):
    F = ch.functions
    out = {}
    x = _ties((2, 2, 5, 6), dtype)
    for i, args in enumerate([(2,), (3, 2, 1), (3, 2, 1, False)]):
        y, ind = F.max_pooling_2d(x, *args, return_indices=True)
        out['y%d' % i] = y.array
        out['ind%d' % i] = ind
        up = F.upsampling_2d(ch.Variable(y.array), ind, *args[:3],
                             outsize=(5, 6),
                             cover_all=(len(args) < 4))
        out['up%d' % i] = up.array
    y, ind = F.max_pooling_1d(r((2, 3, 7), dtype), 3, 2, 1,
                              return_indices=True)
    out['y1d'] = y.array
    out['ind1d'] = ind
    return out


@case('upsampling_2d', dtypes=FD)
def upsampling_2d(ch, dtype):
    F = ch.functions
    out = {}
    x = r((2, 2, 5, 6), dtype, 3)
    for i, args in enumerate([(2,), (3, 2, 1), (2, 3, 1)]):
        _, ind = F.max_pooling_2d(x, *args, return_indices=True)
        o = fb(ch, lambda a: F.upsampling_2d(a, ind, *args),
               [r(ind.shape, dtype, i)], double=(i == 1))
        out.update({'%d_%s' % (i, k): v for k, v in o.items()})
        o = fb(ch, lambda a: F.upsampling_2d(a, ind, *args, outsize=(5, 6)),
               [r(ind.shape, dtype, i)])
        out.update({'o%d_%s' % (i, k): v for k, v in o.items()})
    return out


@case('average_pooling', dtypes=FD)
def average_pooling(ch, dtype):
    F = ch.functions
    out = {}
    for i, (fn, shape) in enumerate([
            (lambda a: F.average_pooling_2d(a, 2), (2, 2, 5, 6)),
            (lambda a: F.average_pooling_2d(a, 3, 2, 1), (2, 2, 5, 6)),
            (lambda a: F.average_pooling_2d(a, (2, 3), (1, 2), (2, 1)),
             (2, 2, 5, 6)),
            (lambda a: F.average_pooling_nd(a, 3, 2, 1), (2, 2, 5, 6)),
            (lambda a: F.average_pooling_nd(a, 3, 2, 1, pad_value=None),
             (2, 2, 5, 6)),
            (lambda a: F.average_pooling_1d(a, 3, 2, 1), (2, 3, 7)),
            (lambda a: F.average_pooling_1d(a, 3, 2, 2, pad_value=None),
             (2, 3, 7)),
            (lambda a: F.average_pooling_3d(a, 2, 1, 1), (1, 2, 3, 4, 3)),
            (lambda a: F.average_pooling_3d(a, (3, 2, 2), 2, (1, 0, 1),
                                            pad_value=None),
             (1, 2, 3, 4, 3))]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r(shape, dtype)], double=(i in (1, 4))).items()})
    return out


@case('unpooling', dtypes=FD)
def unpooling(ch, dtype):
    F = ch.functions
    out = {}
    for i, (fn, shape) in enumerate([
            (lambda a: F.unpooling_2d(a, 2), (2, 2, 3, 4)),
            (lambda a: F.unpooling_2d(a, 2, cover_all=False), (2, 2, 3, 4)),
            (lambda a: F.unpooling_2d(a, 3, 2, 1), (2, 2, 3, 4)),
            (lambda a: F.unpooling_2d(a, (2, 3), (2, 1), (1, 0),
                                      outsize=(4, 6)), (2, 2, 3, 4)),
            (lambda a: F.unpooling_2d(a, 2, pad=1, cover_all=False),
             (1, 2, 4, 4)),
            (lambda a: F.unpooling_1d(a, 3, 2, 1), (2, 2, 4)),
            (lambda a: F.unpooling_3d(a, 2), (1, 2, 2, 3, 2)),
            (lambda a: F.unpooling_nd(a, (2, 1, 3), (1, 2, 2), 0,
                                      cover_all=False), (1, 2, 2, 3, 2))]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r(shape, dtype)], double=(i in (2, 5))).items()})
    return out


@case('spatial_pyramid_pooling_2d', dtypes=FD)
def spatial_pyramid_pooling_2d(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda a: F.spatial_pyramid_pooling_2d(a, 3, 'max'),
             [r((2, 2, 5, 7), dtype)])
    out.update({'t_' + k: v for k, v in fb(
        ch, lambda a: F.spatial_pyramid_pooling_2d(a, 2, pooling='max'),
        [_ties((1, 2, 6, 4), dtype)]).items()})
    return out


@case('roi_pooling', dtypes=('float32', 'float64'))
def roi_pooling(ch, dtype):
    F = ch.functions
    x = r((2, 3, 6, 7), dtype)
    rois5 = numpy.array([[0, 1, 1, 5, 4], [1, 0, 2, 3, 5], [0, 2, 0, 6, 5],
                         [1, 4, 4, 4, 4]], dtype)
    boxes = numpy.array([[1, 1, 4, 5], [2, 0, 5.5, 3], [0, 2, 5, 6.2],
                         [3.5, 4, 3.5, 4]], dtype)
    ind = numpy.array([0, 1, 0, 1], numpy.int32)
    rois5x2 = rois5 * numpy.array([1, 2, 2, 2, 2], dtype)
    out = {}
    for i, fn in enumerate([
            lambda a: F.roi_pooling_2d(a, rois5, 2, 3, 1.),
            lambda a: F.roi_pooling_2d(a, rois5x2, 3, 2, 0.5),
            lambda a: F.roi_max_pooling_2d(a, boxes, ind, 2, 1.),
            lambda a: F.roi_max_pooling_2d(a, boxes, ind, (3, 2), 0.8),
            lambda a: F.roi_average_pooling_2d(a, boxes, ind, 2, 1.),
            lambda a: F.roi_average_pooling_2d(a, boxes, ind, (2, 3), 0.8)]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(ch, fn, [x]).items()})
    return out


@case('roi_align', dtypes=('float32',))
def roi_align(ch, dtype):
    F = ch.functions
    x = r((2, 3, 6, 7), dtype)
    boxes = numpy.array([[1, 1, 4, 5], [2, 0, 5.5, 3], [0, 2, 5, 6.2],
                         [-1.5, 4, 3.5, 7.5]], dtype)
    ind = numpy.array([0, 1, 0, 1], numpy.int32)
    out = {}
    for i, fn in enumerate([
            lambda a: F.roi_average_align_2d(a, boxes, ind, 2, 1.),
            lambda a: F.roi_average_align_2d(a, boxes, ind, (3, 2), 0.8, 2),
            lambda a: F.roi_max_align_2d(a, boxes, ind, 2, 1.),
            lambda a: F.roi_max_align_2d(a, boxes, ind, (2, 3), 1.2,
                                         (1, 2))]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(ch, fn, [x]).items()})
    return out
