"""Golden cases: chainer.functions.loss (F3)."""
import numpy

from tests.golden.cases._f3_util import grads, rand
from tests.golden.registry import case

F64 = ('float32', 'float64')


def _sub(out, prefix, more):
    out.update({prefix + k: v for k, v in more.items()})


@case('softmax_ce', dtypes=F64)
def softmax_ce(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(0)
    x = rand(r, (4, 3), dtype, -2, 2)
    t = numpy.array([0, 2, -1, 1], numpy.int32)
    out = grads(ch, lambda x: F.softmax_cross_entropy(x, t), [x])
    _sub(out, 'nn_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, normalize=False), [x]))
    cw = numpy.array([0.5, 2.0, 1.5], dtype)
    _sub(out, 'cw_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, class_weight=cw), [x]))
    _sub(out, 'no_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, reduce='no', class_weight=cw), [x]))
    t2 = numpy.array([0, 2, 1, 1], numpy.int32)
    _sub(out, 'ig_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t2, ignore_label=1), [x]))
    return out


@case('softmax_ce_nd', dtypes=F64)
def softmax_ce_nd(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(1)
    x = rand(r, (2, 3, 2, 2), dtype, -2, 2)
    t = r.randint(-1, 3, (2, 2, 2)).astype(numpy.int32)
    out = grads(ch, lambda x: F.softmax_cross_entropy(x, t), [x])
    _sub(out, 'nn_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, normalize=False), [x]))
    _sub(out, 'no_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, reduce='no'), [x]))
    return out


@case('softmax_ce_double', dtypes=F64)
def softmax_ce_double(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(2)
    x = rand(r, (3, 4), dtype, -2, 2)
    t = numpy.array([3, -1, 0], numpy.int32)
    cw = numpy.array([1.0, 0.5, 2.0, 1.0], dtype)
    out = grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, enable_double_backprop=True), [x], double=True)
    _sub(out, 'cw_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, class_weight=cw, enable_double_backprop=True,
        normalize=False), [x], double=True))
    _sub(out, 'no_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, reduce='no', enable_double_backprop=True), [x], double=True))
    return out


@case('softmax_ce_soft', dtypes=F64)
def softmax_ce_soft(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(3)
    x = rand(r, (3, 4, 2), dtype, -2, 2)
    t = r.uniform(0, 1, (3, 4, 2)).astype(dtype)
    tn = t / t.sum(axis=1, keepdims=True)
    out = grads(ch, lambda x: F.softmax_cross_entropy(x, tn), [x])
    _sub(out, 'kl_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, tn, soft_target_loss='kl-divergence'), [x]))
    _sub(out, 'raw_', grads(ch, lambda x: F.softmax_cross_entropy(
        x, t, reduce='no'), [x]))
    return out


@case('sigmoid_ce', dtypes=F64)
def sigmoid_ce(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(4)
    x = rand(r, (3, 4), dtype, -3, 3)
    t = r.randint(-1, 2, (3, 4)).astype(numpy.int32)
    out = grads(ch, lambda x: F.sigmoid_cross_entropy(x, t), [x],
                double=True)
    _sub(out, 'nn_', grads(ch, lambda x: F.sigmoid_cross_entropy(
        x, t, normalize=False), [x], double=True))
    _sub(out, 'no_', grads(ch, lambda x: F.sigmoid_cross_entropy(
        x, t, reduce='no'), [x], double=True))
    return out


@case('regression_errors', dtypes=F64)
def regression_errors(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(5)
    a, b = rand(r, (3, 4), dtype), rand(r, (3, 4), dtype)
    out = {}
    _sub(out, 'mse_', grads(ch, F.mean_squared_error, [a, b], double=True))
    _sub(out, 'mae_', grads(ch, F.mean_absolute_error, [a, b], double=True))
    _sub(out, 'se_', grads(ch, F.squared_error, [a, b], double=True))
    _sub(out, 'sd_', grads(ch, F.squared_difference, [a, b]))
    _sub(out, 'ae_', grads(ch, F.absolute_error, [a, b], double=True))
    return out


@case('huber', dtypes=F64)
def huber(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(6)
    a, b = rand(r, (3, 4, 2), dtype, -2, 2), rand(r, (3, 4, 2), dtype)
    out = grads(ch, lambda a, b: F.huber_loss(a, b, delta=0.7), [a, b],
                double=True)
    _sub(out, 'no_', grads(ch, lambda a, b: F.huber_loss(
        a, b, 1.0, reduce='no'), [a, b]))
    return out


@case('hinge', dtypes=F64)
def hinge(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(7)
    x = rand(r, (4, 3), dtype, -2, 2)
    t = numpy.array([0, 2, 1, 1], numpy.int32)
    out = grads(ch, lambda x: F.hinge(x, t), [x])
    _sub(out, 'l2_', grads(ch, lambda x: F.hinge(x, t, norm='L2'), [x]))
    _sub(out, 'no_', grads(ch, lambda x: F.hinge(x, t, reduce='no'), [x]))
    return out


@case('contrastive_triplet', dtypes=F64)
def contrastive_triplet(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(8)
    a, b, c = (rand(r, (4, 3), dtype) for _ in range(3))
    y = numpy.array([1, 0, 0, 1], numpy.int32)
    out = grads(ch, lambda a, b: F.contrastive(a, b, y, margin=1.5), [a, b])
    _sub(out, 'no_', grads(ch, lambda a, b: F.contrastive(
        a, b, y, reduce='no'), [a, b]))
    _sub(out, 'tr_', grads(ch, lambda a, b, c: F.triplet(
        a, b, c, margin=0.5), [a, b, c], double=True))
    _sub(out, 'trno_', grads(ch, lambda a, b, c: F.triplet(
        a, b, c, reduce='no'), [a, b, c]))
    return out


@case('covariance_losses', dtypes=F64)
def covariance_losses(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(9)
    y, z = rand(r, (4, 3), dtype), rand(r, (4, 2), dtype)
    out = grads(ch, F.cross_covariance, [y, z], double=True)
    _sub(out, 'no_', grads(ch, lambda y, z: F.cross_covariance(
        y, z, reduce='no'), [y, z]))
    _sub(out, 'dc_', grads(ch, F.decov, [y]))
    _sub(out, 'dcno_', grads(ch, lambda h: F.decov(h, reduce='no'), [y]))
    return out


@case('vae_losses', dtypes=F64)
def vae_losses(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(10)
    m, lv, x = (rand(r, (3, 4), dtype) for _ in range(3))
    xb = r.randint(0, 2, (3, 4)).astype(dtype)
    out = {}
    for red in ('sum', 'mean', 'no'):
        _sub(out, 'kl%s_' % red, grads(
            ch, lambda m, lv: F.gaussian_kl_divergence(m, lv, reduce=red),
            [m, lv], double=True))
        _sub(out, 'gn%s_' % red, grads(ch, lambda x, m, lv: F.gaussian_nll(
            x, m, lv, reduce=red), [x, m, lv], double=True))
        _sub(out, 'bn%s_' % red, grads(ch, lambda x, y: F.bernoulli_nll(
            x, y, reduce=red), [xb, m], double=True))
    return out


@case('black_out', dtypes=F64)
def black_out(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(11)
    x = rand(r, (3, 4), dtype)
    W = rand(r, (6, 4), dtype)
    t = numpy.array([1, 5, 0], numpy.int32)
    s = numpy.array([[2, 3], [0, 4], [5, 1]], numpy.int32)
    out = grads(ch, lambda x, W: F.black_out(x, t, W, s), [x, W])
    _sub(out, 'no_', grads(ch, lambda x, W: F.black_out(
        x, t, W, s, reduce='no'), [x, W]))
    return out


@case('negative_sampling', dtypes=F64)
def negative_sampling(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(12)
    x = rand(r, (4, 3), dtype)
    W = rand(r, (6, 3), dtype)
    t = numpy.array([1, -1, 5, 0], numpy.int32)

    def sampler(shape):
        return numpy.random.RandomState(5).randint(
            0, 6, shape).astype(numpy.int32)
    out = grads(ch, lambda x, W: F.negative_sampling(
        x, t, W, sampler, 2), [x, W])
    _sub(out, 'no_', grads(ch, lambda x, W: F.negative_sampling(
        x, t, W, sampler, 3, reduce='no'), [x, W]))
    y, samples = F.negative_sampling(ch.Variable(x), t, ch.Variable(W),
                                     sampler, 2, return_samples=True)
    out['samples'] = samples
    return out


@case('ctc', dtypes=F64)
def ctc(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(13)
    xs = [rand(r, (2, 4), dtype, -2, 2) for _ in range(5)]
    t = numpy.array([[1, 2], [3, 1]], numpy.int32)
    out = grads(ch, lambda *xs: F.connectionist_temporal_classification(
        list(xs), t, 0), xs)
    il = numpy.array([5, 4], numpy.int32)
    ll = numpy.array([2, 1], numpy.int32)
    t2 = numpy.array([[1, 1], [3, 0]], numpy.int32)
    _sub(out, 'len_', grads(ch, lambda *xs:
                            F.connectionist_temporal_classification(
                                list(xs), t2, 0, il, ll, reduce='no'), xs))
    return out


@case('crf1d', dtypes=F64)
def crf1d(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(14)
    cost = rand(r, (3, 3), dtype)
    xs = [rand(r, (b, 3), dtype) for b in (3, 3, 2, 1)]
    ys = [r.randint(0, 3, (b,)).astype(numpy.int32) for b in (3, 3, 2, 1)]
    out = grads(ch, lambda c, *xs: F.crf1d(c, list(xs), ys), [cost] + xs)
    _sub(out, 'no_', grads(ch, lambda c, *xs: F.crf1d(
        c, list(xs), ys, reduce='no'), [cost] + xs))
    score, path = F.argmax_crf1d(ch.Variable(cost),
                                 [ch.Variable(x) for x in xs])
    out['am_score'] = score.array
    for i, p in enumerate(path):
        out['am_path%d' % i] = p
    return out


@case('discriminative_loss', dtypes=F64)
def discriminative_loss(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(15)
    emb = rand(r, (2, 2, 3, 3), dtype)
    labels = r.randint(0, 3, (2, 3, 3)).astype(numpy.int32)
    out = {}
    for norm in (1, 2):
        x = ch.Variable(emb)
        lv, ld, lr = F.discriminative_margin_based_clustering_loss(
            x, labels, 0.5, 1.5, 2, norm=norm)
        (lv + ld + lr).backward()
        out.update({'n%d_var' % norm: lv.array, 'n%d_dist' % norm: ld.array,
                    'n%d_reg' % norm: lr.array, 'n%d_gx' % norm: x.grad})
    return out


@case('losses_float16', dtypes=('float16',))
def losses_float16(ch, dtype):
    F = ch.functions
    r = numpy.random.RandomState(16)
    x = rand(r, (4, 3), dtype, -2, 2)
    t = numpy.array([0, 2, -1, 1], numpy.int32)
    out = grads(ch, lambda x: F.softmax_cross_entropy(x, t), [x])
    tb = r.randint(-1, 2, (4, 3)).astype(numpy.int32)
    _sub(out, 'sig_', grads(ch, lambda x: F.sigmoid_cross_entropy(x, tb),
                            [x]))
    b = rand(r, (4, 3), dtype)
    _sub(out, 'mse_', grads(ch, F.mean_squared_error, [x, b]))
    _sub(out, 'mae_', grads(ch, F.mean_absolute_error, [x, b]))
    _sub(out, 'hub_', grads(ch, lambda x, b: F.huber_loss(x, b, 1.0),
                            [x, b]))
    return out
