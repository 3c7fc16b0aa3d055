"""Golden cases: chainer.functions.array (part 1: shape/axis ops)."""
import numpy

from tests.golden.cases._f2 import fb, r
from tests.golden.registry import case

FD = ('float16', 'float32', 'float64')


@case('reshape', dtypes=FD)
def reshape(ch, dtype):
    return fb(ch, lambda x: ch.functions.reshape(x, (3, -1)),
              [r((2, 3, 2), dtype)], double=True)


@case('transpose', dtypes=FD)
def transpose(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda x: F.transpose(x), [r((2, 3, 4), dtype)], double=True)
    out.update({'a_' + k: v for k, v in fb(
        ch, lambda x: F.transpose(x, (1, -1, 0)), [r((2, 3, 4), dtype)]
    ).items()})
    return out


@case('get_item_basic', dtypes=FD)
def get_item_basic(ch, dtype):
    F = ch.functions
    out = {}
    sl = [1, (Ellipsis, 2), (1, None, slice(None, None, -1), 0),
          (slice(None), slice(3, 0, -2)), (slice(None, None, -1), Ellipsis,
                                           slice(None, 1, -1)),
          (None, 0, Ellipsis, None)]
    for i, s in enumerate(sl):
        o = fb(ch, lambda x: F.get_item(x, s), [r((2, 3, 4), dtype)],
               double=True)
        out.update({'%d_%s' % (i, k): v for k, v in o.items()})
    return out


@case('get_item_advanced', dtypes=FD)
def get_item_advanced(ch, dtype):
    F = ch.functions
    out = {}
    sl = [[0, 1, 1], [[0, 1, 1], [2, 2, 0]], (numpy.array([1, 0, 1]),),
          (slice(None), numpy.array([[2, 2], [0, -1]])),
          (numpy.array([True, False]), Ellipsis, [3, 3, 1]),
          (1, slice(None), [0, 0, 3]),
          numpy.array([[True, False, True], [False, False, True]]),
          (Ellipsis, numpy.array([0, 0])),
          ([1, 0], slice(None, None, -1), [3, 1])]
    for i, s in enumerate(sl):
        o = fb(ch, lambda x: F.get_item(x, s), [r((2, 3, 4), dtype)],
               double=True)
        out.update({'%d_%s' % (i, k): v for k, v in o.items()})
    v = ch.Variable(r((3, 4), dtype))
    y = v[::-1, [1, 1]]
    y.grad = numpy.ones(y.shape, dtype)
    y.backward()
    out['getitem_op'] = y.array
    out['getitem_op_g'] = v.grad
    return out


@case('concat', dtypes=FD)
def concat(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda a, b: F.concat((a, b)),
             [r((2, 3, 2), dtype, 0), r((2, 1, 2), dtype, 1)], double=True)
    out.update({'ax0_' + k: v for k, v in fb(
        ch, lambda a, b, c: F.concat([a, b, c], axis=-1),
        [r((2, 1), dtype, 0), r((2, 3), dtype, 1), r((2, 2), dtype, 2)]
    ).items()})
    out.update({'one_' + k: v for k, v in fb(
        ch, lambda a: F.concat([a], axis=0), [r((2, 1), dtype, 0)]).items()})
    return out


@case('broadcast', dtypes=FD)
def broadcast(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda a, b, c: F.broadcast(a, b, c),
             [r((3, 1), dtype, 0), r((1, 4), dtype, 1), r((4,), dtype, 2)],
             double=True)
    out.update({'to_' + k: v for k, v in fb(
        ch, lambda a: F.broadcast_to(a, (2, 3, 4)),
        [r((3, 1), dtype, 0)], double=True).items()})
    return out


@case('cast', dtypes=('float32', 'float64'))
def cast(ch, dtype):
    F = ch.functions
    other = 'float64' if dtype == 'float32' else 'float16'
    out = fb(ch, lambda a: F.cast(a, other), [r((3, 2), dtype)],
             double=True)
    y = F.cast(ch.Variable(r((3, 2), dtype)), numpy.int32)
    out['int'] = y.array
    out['same'] = F.cast(r((2,), dtype), dtype).array
    return out


@case('copy', dtypes=('float32',))
def copy(ch, dtype):
    return fb(ch, lambda a: ch.functions.copy(a, -1), [r((3, 2), dtype)],
              double=True)


@case('expand_dims_squeeze', dtypes=FD)
def expand_dims_squeeze(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.expand_dims(a, 0), lambda a: F.expand_dims(a, -1),
            lambda a: F.expand_dims(a, 2), lambda a: F.squeeze(a),
            lambda a: F.squeeze(a, 1), lambda a: F.squeeze(a, (1, -1)),
            lambda a: F.flatten(a)]):
        x = r((3, 1, 2, 1), dtype)
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [x], double=(i == 0)).items()})
    return out


@case('flip', dtypes=FD)
def flip(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.flip(a, 0), lambda a: F.flip(a, -1),
            lambda a: F.fliplr(a), lambda a: F.flipud(a)]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 3, 4), dtype)], double=(i == 0)).items()})
    return out


@case('axes', dtypes=FD)
def axes(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.swapaxes(a, 0, 2), lambda a: F.swapaxes(a, -1, 1),
            lambda a: F.rollaxis(a, 2), lambda a: F.rollaxis(a, 0, 3),
            lambda a: F.rollaxis(a, -1, 1), lambda a: F.moveaxis(a, 0, -1),
            lambda a: F.moveaxis(a, (0, 1), (2, 0)),
            lambda a: F.diagonal(a), lambda a: F.diagonal(a, 1, 2, 0),
            lambda a: F.diagonal(a, -1, -1, 1)]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 3, 4), dtype)], double=(i in (0, 7))).items()})
    return out


@case('stacks', dtypes=FD)
def stacks(ch, dtype):
    F = ch.functions
    out = {}
    shapes = [(), (3,), (2, 3), (2, 3, 2)]
    for j, s in enumerate(shapes):
        for i, fn in enumerate([F.hstack, F.vstack, F.dstack]):
            xs = [r(s, dtype, 0), r(s, dtype, 1)]
            out.update({'%d%d_%s' % (j, i, k): v for k, v in fb(
                ch, lambda a, b: fn([a, b]), xs).items()})
    for ax in (0, 1, -1):
        out.update({'st%d_%s' % (ax, k): v for k, v in fb(
            ch, lambda a, b: F.stack([a, b], ax),
            [r((2, 3), dtype, 0), r((2, 3), dtype, 1)], double=True).items()})
    out.update({'h2_' + k: v for k, v in fb(
        ch, lambda a, b: F.hstack([a, b]),
        [r((2, 3), dtype, 0), r((2, 1), dtype, 1)]).items()})
    out.update({'v2_' + k: v for k, v in fb(
        ch, lambda a, b: F.vstack([a, b]),
        [r((2, 3), dtype, 0), r((1, 3), dtype, 1)]).items()})
    out.update({'d2_' + k: v for k, v in fb(
        ch, lambda a, b: F.dstack([a, b]),
        [r((2, 3, 2), dtype, 0), r((2, 3, 1), dtype, 1)]).items()})
    return out


@case('split_separate', dtypes=FD)
def split_separate(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.split_axis(a, 2, 0), lambda a: F.split_axis(a, 3, 1),
            lambda a: F.split_axis(a, [1, 3], 2),
            lambda a: F.split_axis(a, [2], -1),
            lambda a: F.split_axis(a, numpy.array([0, 2, 2]), 2),
            lambda a: F.split_axis(a, 1, 0, force_tuple=False),
            lambda a: F.separate(a), lambda a: F.separate(a, -1)]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 3, 4), dtype)], double=(i == 2)).items()})
    return out


@case('repeat_tile', dtypes=FD)
def repeat_tile(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.repeat(a, 2), lambda a: F.repeat(a, 2, 1),
            lambda a: F.repeat(a, (1, 0, 3), 1),
            lambda a: F.repeat(a, (2,), -1), lambda a: F.tile(a, 2),
            lambda a: F.tile(a, (2, 1, 3)), lambda a: F.tile(a, (2, 1)),
            lambda a: F.tile(a, (1, 2, 1, 2))]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 3, 2), dtype)], double=(i in (2, 5))).items()})
    return out


@case('depth_space', dtypes=FD)
def depth_space(ch, dtype):
    F = ch.functions
    out = fb(ch, lambda a: F.depth2space(a, 2), [r((2, 8, 2, 3), dtype)],
             double=True)
    out.update({'s_' + k: v for k, v in fb(
        ch, lambda a: F.space2depth(a, 2), [r((2, 2, 4, 6), dtype)],
        double=True).items()})
    return out
