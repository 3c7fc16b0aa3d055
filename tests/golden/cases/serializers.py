"""Golden cases of the NPZ serializers: key layout, stored values, round
trips (model + optimizer state, then training resumes), ``path=``,
``strict=False`` and ``ignore_names``.
"""
import io

import numpy

from tests.golden.registry import case


def _flat(d, prefix):
    """{key: array} -> outputs; Chainer's pickled None becomes 'None'."""
    out = {prefix + 'keys': numpy.array(sorted(d))}
    for k in sorted(d):
        v = numpy.asarray(d[k])
        if v.dtype == object:
            v = numpy.array('None' if v[()] is None else repr(v[()]))
        out[prefix + k.replace('/', '|')] = v
    return out


def _net(ch):
    L = ch.links

    class Net(ch.Chain):
        def __init__(self):
            super(Net, self).__init__()
            with self.init_scope():
                # no bias before BN: its gradient would be ~0 (noise)
                self.l1 = L.Linear(3, 4, nobias=True)
                self.bn = L.BatchNormalization(4)
                self.l2 = L.Linear(None, 2)

        def forward(self, x):
            return self.l2(ch.functions.relu(self.bn(self.l1(x))))

    return Net()


def _step(ch, model, opt, x, t):
    opt.update(lambda: ch.functions.mean_squared_error(model(x), t))


@case('npz_layout', dtypes=(None,), seed=0)
def npz_layout(ch):
    S = ch.serializers
    model = _net(ch)
    opt = ch.optimizers.Adam(alpha=0.01).setup(model)
    out = _flat(S.npz.serialize(model), 'fresh_')   # l2/W uninitialised
    rng = numpy.random.RandomState(5)
    x = rng.randn(5, 3).astype(numpy.float32)
    t = rng.randn(5, 2).astype(numpy.float32)
    for _ in range(2):
        _step(ch, model, opt, x, t)
    out.update(_flat(S.npz.serialize(model), 'model_'))
    out.update(_flat(S.npz.serialize(opt), 'opt_'))
    # trainer-like nested layout through child serializers
    s = S.DictionarySerializer()
    s['updater']['model:main'].save(model)
    s['updater']['optimizer:main'].save(opt)
    s('iteration', 2)
    out.update(_flat(s.target, 'nested_'))
    # the NPZ bytes read back by numpy (uncompressed and compressed)
    for comp in (False, True):
        buf = io.BytesIO()
        S.save_npz(buf, model, compression=comp)
        buf.seek(0)
        with numpy.load(buf, allow_pickle=True) as f:
            out.update(_flat(dict(f), 'file{}_'.format(int(comp))))
    return out


@case('npz_roundtrip_resume', dtypes=(None,), seed=0)
def npz_roundtrip_resume(ch):
    S = ch.serializers
    rng = numpy.random.RandomState(6)
    x = rng.randn(5, 3).astype(numpy.float32)
    t = rng.randn(5, 2).astype(numpy.float32)
    out = {}
    for name, make in [('adam', lambda: ch.optimizers.Adam(alpha=0.01)),
                       ('momentum', lambda: ch.optimizers.MomentumSGD(0.1)),
                       ('rmsg', lambda: ch.optimizers.RMSpropGraves(0.01))]:
        model = _net(ch)
        opt = make().setup(model)
        for _ in range(3):
            _step(ch, model, opt, x, t)
        mbuf, obuf = io.BytesIO(), io.BytesIO()
        S.save_npz(mbuf, model)
        S.save_npz(obuf, opt)
        for _ in range(3):
            _step(ch, model, opt, x, t)
        out[name + '_continued'] = model.l2.W.array.copy()
        # a fresh model (lazy l2 initialised by the loader) + optimizer
        model2 = _net(ch)
        opt2 = make().setup(model2)
        mbuf.seek(0)
        obuf.seek(0)
        S.load_npz(mbuf, model2)
        S.load_npz(obuf, opt2)
        out[name + '_t'] = numpy.asarray(opt2.t)
        out[name + '_bnN'] = numpy.asarray(model2.bn.N)
        for _ in range(3):
            _step(ch, model2, opt2, x, t)
        out[name + '_resumed'] = model2.l2.W.array.copy()
        out[name + '_resumed_bn'] = model2.bn.avg_var.copy()
    return out


@case('npz_path_strict_ignore', dtypes=(None,), seed=0)
def npz_path_strict_ignore(ch):
    S = ch.serializers
    L = ch.links
    src = _net(ch)
    src(numpy.ones((2, 3), numpy.float32))
    s = S.DictionarySerializer()
    s['updater']['model:main'].save(src)
    s('updater/iteration', 7)
    buf = io.BytesIO()
    S.save_npz(buf, s.target)
    out = {}

    def load(**kw):
        dst = _net(ch)
        buf.seek(0)
        S.load_npz(buf, dst, **kw)
        return dst

    m = load(path='updater/model:main/')
    out['path_l1W'] = m.l1.W.array.copy()
    out['path_l2W'] = m.l2.W.array.copy()
    m = load(path='updater/model:main/',
             ignore_names='updater/model:main/l1/W')
    out['ign_str_l1W'] = m.l1.W.array.copy()
    out['ign_str_l2b'] = m.l2.b.array.copy()
    m = load(path='updater/model:main/',
             ignore_names=[lambda k: k.startswith('updater/model:main/bn'),
                           'updater/model:main/l2/b'])
    out['ign_list_bn'] = m.bn.gamma.array.copy()
    out['ign_list_l2W'] = m.l2.W.array.copy()
    # strict: a bigger model with an extra link
    big = ch.Chain()
    with big.init_scope():
        big.l1 = L.Linear(3, 4)
        big.extra = L.Linear(2, 2)
    buf.seek(0)
    try:
        S.load_npz(buf, big, path='updater/model:main/')
        out['strict_error'] = numpy.asarray(0)
    except KeyError:
        out['strict_error'] = numpy.asarray(1)
    buf.seek(0)
    S.load_npz(buf, big, path='updater/model:main/', strict=False)
    out['nonstrict_l1W'] = big.l1.W.array.copy()
    out['nonstrict_extraW'] = big.extra.W.array.copy()
    return out
