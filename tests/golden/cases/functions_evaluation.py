"""F1 golden cases: chainer.functions evaluation family."""
import numpy

from tests.golden.registry import case

_ALL = ('float16', 'float32', 'float64')


@case('accuracy', dtypes=_ALL)
def accuracy(ch, dtype):
    F = ch.functions
    rng = numpy.random.RandomState(0)
    y = rng.randn(6, 3).astype(dtype)
    t = rng.randint(0, 3, (6,)).astype(numpy.int32)
    t2 = t.copy()
    t2[:2] = -1
    y3 = rng.randn(2, 3, 4).astype(dtype)
    t3 = rng.randint(0, 3, (2, 4)).astype(numpy.int32)
    return {'acc': F.accuracy(y, t).array,
            'ign': F.accuracy(y, t2, ignore_label=-1).array,
            'all_ign': F.accuracy(y, numpy.full(6, -1, numpy.int32),
                                  ignore_label=-1).array,
            'nd': F.accuracy(y3, t3).array,
            'var': F.accuracy(ch.Variable(y), t).array}


@case('binary_accuracy', dtypes=_ALL)
def binary_accuracy(ch, dtype):
    rng = numpy.random.RandomState(0)
    y = rng.randn(4, 3).astype(dtype)
    t = rng.randint(-1, 2, (4, 3)).astype(numpy.int32)
    return {'acc': ch.functions.binary_accuracy(y, t).array}


@case('classification_summary', dtypes=('float32', 'float64'))
def classification_summary(ch, dtype):
    F = ch.functions
    rng = numpy.random.RandomState(0)
    y = rng.randn(10, 4).astype(dtype)
    t = rng.randint(-1, 4, (10,)).astype(numpy.int32)
    p, r, f, s = F.classification_summary(y, t)
    out = {'p': p.array, 'r': r.array, 'f': f.array, 's': s.array}
    out['p5'], out['s5'] = [v.array for v in F.precision(y, t, label_num=5)]
    out['r_'], _ = [v.array for v in F.recall(y, t)]
    out['f1'], _ = [v.array for v in F.f1_score(y, t)]
    out['fb'] = F.classification_summary(y, t, beta=2.0)[2].array
    return out


@case('r2_score', dtypes=_ALL, tol={'float16': dict(atol=2e-2, rtol=2e-2)})
def r2_score(ch, dtype):
    F = ch.functions
    rng = numpy.random.RandomState(0)
    t = rng.randn(5, 3).astype(dtype)
    p = (t + 0.3 * rng.randn(5, 3)).astype(dtype)
    t2 = t.copy()
    t2[:, 1] = 1.0  # zero variance output -> 0
    return {'avg': F.r2_score(p, t).array,
            'raw': F.r2_score(p, t2, multioutput='raw_values').array}
