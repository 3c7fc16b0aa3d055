"""Golden cases: chainer.functions.array (part 2: indexing / sampling)."""
import numpy

from tests.golden.cases._f2 import fb, r
from tests.golden.registry import case

FD = ('float16', 'float32', 'float64')


@case('pad', dtypes=FD)
def pad(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.pad(a, 1, 'constant'),
            lambda a: F.pad(a, ((1, 2), (0, 1), (2, 0)), 'constant',
                            constant_values=3.),
            lambda a: F.pad(a, (1, 2), 'constant',
                            constant_values=((1, 2), (3, 4), (5, 6))),
            lambda a: F.pad(a, ((0, 0), (2, 1), (1, 2)), 'edge'),
            lambda a: F.pad(a, ((0, 0), (2, 1), (5, 2)), 'reflect'),
            lambda a: F.pad(a, 2, 'symmetric'),
            lambda a: F.pad(a, ((1, 0), (0, 4), (3, 3)), 'wrap')]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 3, 3), dtype)], double=(i in (0, 4))).items()})
    return out


@case('pad_sequence', dtypes=FD)
def pad_sequence(ch, dtype):
    F = ch.functions
    xs = [r((3, 2), dtype, 0), r((1, 2), dtype, 1), r((2, 2), dtype, 2)]
    out = fb(ch, lambda a, b, c: F.pad_sequence([a, b, c]), xs, double=True)
    out.update({'l_' + k: v for k, v in fb(
        ch, lambda a, b, c: F.pad_sequence([a, b, c], 4, -1.), xs).items()})
    return out


@case('permutate', dtypes=FD)
def permutate(ch, dtype):
    F = ch.functions
    ind = numpy.array([2, 0, 1], numpy.int32)
    out = {}
    for i, fn in enumerate([
            lambda a: F.permutate(a, ind), lambda a: F.permutate(a, ind, 1),
            lambda a: F.permutate(a, ind, inv=True),
            lambda a: F.permutate(a, ind, axis=1, inv=True)]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((3, 3, 2), dtype)], double=(i == 2)).items()})
    return out


@case('select_item', dtypes=FD)
def select_item(ch, dtype):
    t = numpy.array([2, 0, 1, 2], numpy.int32)
    return fb(ch, lambda a, t: ch.functions.select_item(a, t),
              [r((4, 3), dtype), t], double=True)


@case('where', dtypes=FD)
def where(ch, dtype):
    c = numpy.array([[True, False, True], [False, False, True]])
    out = fb(ch, lambda a, b: ch.functions.where(c, a, b),
             [r((2, 3), dtype, 0), r((2, 3), dtype, 1)], double=True)
    out.update({'b_' + k: v for k, v in fb(
        ch, lambda a, b: ch.functions.where(c[0], a, b),
        [r((2, 3), dtype, 0), r((2, 3), dtype, 1)]).items()})
    return out


@case('scatter_add', dtypes=('float32', 'float64'))
def scatter_add(ch, dtype):
    F = ch.functions
    out = {}
    cases = [((slice(None), [0, 0, 2]), (2, 4), (2, 3)),
             ((1, slice(None, None, -1)), (2, 4), (4,)),
             (([0, 1, 0],), (2, 4), (3, 4)),
             ((Ellipsis, 1), (2, 3, 4), (2, 3))]
    for i, (s, ash, bsh) in enumerate(cases):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, lambda a, b: F.scatter_add(a, s, b),
            [r(ash, dtype, 0), r(bsh, dtype, 1)], double=(i == 0)).items()})
    return out


@case('transpose_sequence', dtypes=FD)
def transpose_sequence(ch, dtype):
    xs = [r((3, 2), dtype, 0), r((2, 2), dtype, 1), r((2, 2), dtype, 2),
          r((1, 2), dtype, 3)]
    return fb(ch, lambda *a: ch.functions.transpose_sequence(list(a)), xs,
              double=True)


@case('im2col', dtypes=FD)
def im2col(ch, dtype):
    F = ch.functions
    out = {}
    for i, fn in enumerate([
            lambda a: F.im2col(a, 2), lambda a: F.im2col(a, 3, 2, 1),
            lambda a: F.im2col(a, (2, 3), (2, 1), (1, 0), cover_all=True),
            lambda a: F.im2col(a, 2, 1, 1, dilate=2),
            lambda a: F.im2col(a, 3, 2, 0, cover_all=True, dilate=(1, 2))]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 2, 5, 6), dtype)], double=(i == 2)).items()})
    return out


@case('resize_images', dtypes=('float32',))
def resize_images(ch, dtype):
    F = ch.functions
    out = {}
    # Chainer 7.8.1 uses numpy.float (removed in numpy 1.24).
    patched = 'float' not in numpy.__dict__
    if patched:
        numpy.float = float
    for i, fn in enumerate([
            lambda a: F.resize_images(a, (5, 7)),
            lambda a: F.resize_images(a, (2, 3)),
            lambda a: F.resize_images(a, (5, 7), align_corners=False),
            lambda a: F.resize_images(a, (7, 2), mode='nearest'),
            lambda a: F.resize_images(a, (2, 9), mode='nearest')]):
        out.update({'%d_%s' % (i, k): v for k, v in fb(
            ch, fn, [r((2, 2, 3, 4), dtype)], double=(i == 0)).items()})
    if patched:
        del numpy.float
    return out


@case('spatial_transformer', dtypes=('float32', 'float64'))
def spatial_transformer(ch, dtype):
    F = ch.functions
    theta = r((2, 2, 3), dtype, 0)
    out = fb(ch, lambda t: F.spatial_transformer_grid(t, (3, 4)), [theta])
    x = r((2, 3, 4, 5), dtype, 1)
    grid = r((2, 2, 3, 2), dtype, 2, -1.3, 1.3)
    out.update({'s_' + k: v for k, v in fb(
        ch, lambda a, g: F.spatial_transformer_sampler(a, g),
        [x, grid]).items()})
    return out


@case('as_strided', dtypes=('float32', 'float64'))
def as_strided(ch, dtype):
    F = ch.functions
    x = numpy.arange(12).astype(dtype)
    out = fb(ch, lambda a: F.as_strided(a, (3, 4), (3, 1)), [x])
    out.update({'o_' + k: v for k, v in fb(
        ch, lambda a: F.as_strided(a, (2, 3), (2, 0), 1), [x]).items()})
    out.update({'n_' + k: v for k, v in fb(
        ch, lambda a: F.as_strided(a, (3, 2), (-3, 2), 9), [x]).items()})
    return out
