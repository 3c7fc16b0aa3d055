"""Golden cases: chainer.initializers under numpy's global seed."""
import numpy

from tests.golden.registry import case

_SHAPES = [(3, 4), (2, 3, 2, 2), (5, 2)]


def _draw(ch, init, dtype, shapes=_SHAPES):
    out = {}
    for i, s in enumerate(shapes):
        out['a%d' % i] = ch.initializers.generate_array(
            init, s, numpy, dtype=dtype)
    return out


@case('init_normal', dtypes=('float16', 'float32', 'float64'))
def init_normal(ch, dtype):
    I = ch.initializers
    out = {}
    for name, init in [('normal', I.Normal()), ('normal2', I.Normal(0.3)),
                       ('lecun', I.LeCunNormal()),
                       ('glorot', I.GlorotNormal(2.)),
                       ('he', I.HeNormal()),
                       ('he_out', I.HeNormal(fan_option='fan_out'))]:
        for k, v in _draw(ch, init, dtype).items():
            out[name + '_' + k] = v
    return out


@case('init_uniform', dtypes=('float16', 'float32', 'float64'))
def init_uniform(ch, dtype):
    I = ch.initializers
    out = {}
    for name, init in [('uniform', I.Uniform()), ('uniform2', I.Uniform(2.)),
                       ('lecun', I.LeCunUniform()),
                       ('glorot', I.GlorotUniform(0.5)),
                       ('he', I.HeUniform())]:
        for k, v in _draw(ch, init, dtype).items():
            out[name + '_' + k] = v
    return out


@case('init_rng_kwarg', dtypes=('float32', 'float64'))
def init_rng_kwarg(ch, dtype):
    I = ch.initializers
    out = {}
    for name, cls in [('normal', I.Normal), ('uniform', I.Uniform),
                      ('lecun_n', I.LeCunNormal), ('lecun_u', I.LeCunUniform),
                      ('orth', I.Orthogonal)]:
        rng = numpy.random.RandomState(7)
        a = numpy.empty((4, 3), dtype=dtype)
        cls(rng=rng)(a)
        out[name] = a
    return out


@case('init_orthogonal', dtypes=('float32', 'float64'))
def init_orthogonal(ch, dtype):
    I = ch.initializers
    out = {}
    for i, s in enumerate([(3, 4), (4, 3), (3, 3), (2, 3, 2), (4, 1, 1), ()]):
        out['default_%d' % i] = ch.initializers.generate_array(
            I.Orthogonal(), s, numpy, dtype=dtype)
        out['scale1_%d' % i] = ch.initializers.generate_array(
            I.Orthogonal(scale=1.0), s, numpy, dtype=dtype)
    out['embedding'] = ch.initializers.generate_array(
        I.Orthogonal(mode='embedding'), (4, 3), numpy, dtype=dtype)
    out['projection'] = ch.initializers.generate_array(
        I.Orthogonal(mode='projection'), (3, 4), numpy, dtype=dtype)
    out['basis'] = ch.initializers.generate_array(
        I.Orthogonal(mode='basis'), (3, 3), numpy, dtype=dtype)
    return out


@case('init_constant', dtypes=('float16', 'float32', 'float64'))
def init_constant(ch, dtype):
    I = ch.initializers
    g = ch.initializers.generate_array
    return {
        'zero': g(I.Zero(), (2, 3), numpy, dtype=dtype),
        'one': g(I.One(), (2, 3), numpy, dtype=dtype),
        'const': g(I.Constant(2.5), (2, 3), numpy, dtype=dtype),
        'const_arr': g(I.Constant(numpy.arange(3.)), (2, 3), numpy,
                       dtype=dtype),
        'identity': g(I.Identity(0.5), (3, 3), numpy, dtype=dtype),
        'nan': g(I.NaN(), (2,), numpy, dtype=dtype),
        'dflt': g(ch.initializers._get_initializer(None), (3, 2), numpy,
                  dtype=dtype),
        'scalar': g(ch.initializers._get_initializer(3), (3, 2), numpy,
                    dtype=dtype),
    }


@case('init_sampling', dtypes=('float32', 'float64'))
def init_sampling(ch, dtype):
    I = ch.initializers
    g = ch.initializers.generate_array
    return {
        'up2d': g(I.UpsamplingDeconvFilter(), (3, 3, 4, 4), numpy,
                  dtype=dtype),
        'up2d_odd': g(I.UpsamplingDeconvFilter(), (2, 1, 3, 3), numpy,
                      dtype=dtype),
        'up3d': g(I.UpsamplingDeconvFilter(), (2, 2, 3, 3, 3), numpy,
                  dtype=dtype),
        'down2d': g(I.DownsamplingConvFilter(), (3, 3, 4, 4), numpy,
                    dtype=dtype),
        'down1d': g(I.DownsamplingConvFilter(), (2, 1, 5), numpy,
                    dtype=dtype),
    }


@case('init_link_defaults', dtypes=(None,))
def init_link_defaults(ch):
    # Draw order of several links' default initializers from one seed.
    L = ch.links
    links = [L.Linear(3, 4), L.Convolution2D(2, 3, 2), L.Deconvolution2D(
        2, 3, 2), L.EmbedID(4, 3), L.Bilinear(2, 2, 3),
        L.DepthwiseConvolution2D(2, 2, 2), L.SimplifiedDropconnect(3, 2)]
    out = {}
    for i, l in enumerate(links):
        for n, p in sorted(l.namedparams()):
            out['%d%s' % (i, n.replace('/', '_'))] = p.array
    return out
