"""Golden cases for chainer.links RNN links (links/rnn/*).

Each case builds the link under numpy's global seed (initial parameters are
drawn as Chainer draws them), runs a few steps, backpropagates a weighted
sum of the outputs, and returns initial params, outputs, input grads and
param grads.
"""
import numpy

from tests.golden.registry import case


def _params(link, prefix='p'):
    return {'{}{}'.format(prefix, k.replace('/', '_')): p.array.copy()
            for k, p in link.namedparams()}


def _grads(link):
    return {'g{}'.format(k.replace('/', '_')): p.grad
            for k, p in link.namedparams()}


def _loss(ch, ys, rng):
    F = ch.functions
    total = None
    for y in ys:
        w = rng.randn(*y.shape).astype(y.dtype)
        term = F.sum(y * w)
        total = term if total is None else total + term
    return total


def _run(ch, link, ys, xs, rng):
    out = {}
    for i, y in enumerate(ys):
        out['y%d' % i] = y.array.copy()
    loss = _loss(ch, ys, rng)
    link.cleargrads()
    loss.backward()
    for i, x in enumerate(xs):
        if x is not None:
            out['gx%d' % i] = x.grad
    out.update(_grads(link))
    return out


@case('lstm_stateful', dtypes=('float16', 'float32', 'float64'), seed=1)
def lstm_stateful(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(0)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.LSTM(3, 4)
    out = _params(link)
    xs = [ch.Variable(rng.randn(b, 3).astype(dtype)) for b in (3, 2, 2, 0)]
    ys = [link(x) for x in xs]
    ys.append(link.h)
    ys.append(link.c)
    out.update(_run(ch, link, ys, xs, rng))
    return out


@case('lstm_lazy_and_state', seed=2)
def lstm_lazy_and_state(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(1)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.LSTM(None, 3, forget_bias_init=0.5, bias_init=0.25)
        x0 = ch.Variable(rng.randn(2, 2, 2).astype(dtype))
        y0 = link(x0)  # lazy init: W gets config.dtype at this point
    out = _params(link)
    c = ch.Variable(rng.randn(2, 3).astype(dtype))
    h = ch.Variable(rng.randn(2, 3).astype(dtype))
    link.set_state(c, h)
    x1 = ch.Variable(rng.randn(2, 4).astype(dtype))
    y1 = link(x1)
    link.reset_state()
    x2 = ch.Variable(rng.randn(2, 4).astype(dtype))
    y2 = link(x2)
    out.update(_run(ch, link, [y0, y1, y2], [x0, x1, x2, c, h], rng))
    return out


@case('stateless_lstm', seed=3)
def stateless_lstm(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(2)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.StatelessLSTM(3, 4)
        lazy = L.StatelessLSTM(4)
    out = _params(link)
    c = ch.Variable(rng.randn(2, 4).astype(dtype))
    h = ch.Variable(rng.randn(2, 4).astype(dtype))
    x = ch.Variable(rng.randn(2, 3).astype(dtype))
    c1, h1 = link(c, h, x)
    c2, h2 = link(None, None, x)
    x3 = ch.Variable(rng.randn(2, 5).astype(dtype))
    with ch.using_config('dtype', numpy.dtype(dtype)):
        c3, h3 = lazy(c, None, x3)
    out.update(_params(lazy, 'lazy_p'))
    out.update(_run(ch, link, [c1, h1, c2, h2, c3, h3], [c, h, x, x3], rng))
    return out


@case('peephole_lstm', seed=4)
def peephole_lstm(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(3)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.StatefulPeepholeLSTM(3, 4)
    out = _params(link)
    xs = [ch.Variable(rng.randn(2, 3).astype(dtype)) for _ in range(3)]
    ys = [link(x) for x in xs]
    ys.append(link.c)
    out.update(_run(ch, link, ys, xs, rng))
    return out


@case('zoneout_lstm', seed=5)
def zoneout_lstm(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(4)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.StatefulZoneoutLSTM(3, 4, c_ratio=0.3, h_ratio=0.6)
    out = _params(link)
    xs = [ch.Variable(rng.randn(2, 3).astype(dtype)) for _ in range(4)]
    ys = []
    with ch.using_config('train', False):
        ys.append(link(xs[0]))
        ys.append(link(xs[1]))
    link.reset_state()
    ys.append(link(xs[2]))  # train mode: zoneout masks from numpy's RNG
    ys.append(link(xs[3]))
    ys.append(link.c)
    out.update(_run(ch, link, ys, xs, rng))
    return out


@case('gru', dtypes=('float16', 'float32', 'float64'), seed=6)
def gru(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(5)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        stateless = L.StatelessGRU(3, 4)
        stateful = L.StatefulGRU(3, 4, bias_init=0.1)
        g = L.GRU(3, 4)
    out = _params(stateless, 'sl_')
    out.update(_params(stateful, 'sf_'))
    out.update(_params(g, 'g_'))
    h = ch.Variable(rng.randn(2, 4).astype(dtype))
    xs = [ch.Variable(rng.randn(2, 3).astype(dtype)) for _ in range(3)]
    ys = [stateless(h, xs[0])]
    ys += [stateful(x) for x in xs]
    g.set_state(ch.Variable(rng.randn(2, 4).astype(dtype)))
    ys += [g(x) for x in xs[:2]]
    loss = _loss(ch, ys, rng)
    for lk in (stateless, stateful, g):
        lk.cleargrads()
    loss.backward()
    for i, y in enumerate(ys):
        out['y%d' % i] = y.array
    out['gh'] = h.grad
    for i, x in enumerate(xs):
        out['gx%d' % i] = x.grad
    for name, lk in (('sl', stateless), ('sf', stateful), ('g', g)):
        for k, p in lk.namedparams():
            out['g_{}{}'.format(name, k.replace('/', '_'))] = p.grad
    return out


@case('mgu', seed=7)
def mgu(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(6)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        stateless = L.StatelessMGU(3, 4)
        stateful = L.StatefulMGU(3, 4)
    out = _params(stateless, 'sl_')
    out.update(_params(stateful, 'sf_'))
    h = ch.Variable(rng.randn(2, 4).astype(dtype))
    xs = [ch.Variable(rng.randn(2, 3).astype(dtype)) for _ in range(3)]
    ys = [stateless(h, xs[0])]
    with ch.using_config('dtype', numpy.dtype(dtype)):
        ys += [stateful(x) for x in xs]
    loss = _loss(ch, ys, rng)
    stateless.cleargrads()
    stateful.cleargrads()
    loss.backward()
    for i, y in enumerate(ys):
        out['y%d' % i] = y.array
    out['gh'] = h.grad
    for i, x in enumerate(xs):
        out['gx%d' % i] = x.grad
    for name, lk in (('sl', stateless), ('sf', stateful)):
        for k, p in lk.namedparams():
            out['g_{}{}'.format(name, k.replace('/', '_'))] = p.grad
    return out


def _n_step(ch, dtype, cls_name, n_cells, use_hx, seed):
    L = ch.links
    rng = numpy.random.RandomState(seed)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = getattr(L, cls_name)(2, 3, 4, 0.0)
    out = _params(link)
    xs = [ch.Variable(rng.randn(n, 3).astype(dtype)) for n in (2, 3, 1)]
    hshape = (2 * link.direction, 3, 4)
    hx = ch.Variable(rng.randn(*hshape).astype(dtype)) if use_hx else None
    cx = ch.Variable(rng.randn(*hshape).astype(dtype)) if use_hx else None
    if n_cells == 2:
        hy, cy, ys = link(hx, cx, xs)
        outs = [hy, cy] + list(ys)
    else:
        hy, ys = link(hx, xs)
        outs = [hy] + list(ys)
    out.update(_run(ch, link, outs, xs + [hx, cx if n_cells == 2 else None],
                    rng))
    return out


@case('n_step_lstm', dtypes=('float16', 'float32', 'float64'), seed=8)
def n_step_lstm(ch, dtype):
    return _n_step(ch, dtype, 'NStepLSTM', 2, True, 7)


@case('n_step_lstm_nohx', seed=8)
def n_step_lstm_nohx(ch, dtype):
    return _n_step(ch, dtype, 'NStepLSTM', 2, False, 7)


@case('n_step_bilstm', seed=9)
def n_step_bilstm(ch, dtype):
    return _n_step(ch, dtype, 'NStepBiLSTM', 2, True, 8)


@case('n_step_gru', seed=10)
def n_step_gru(ch, dtype):
    return _n_step(ch, dtype, 'NStepGRU', 1, True, 9)


@case('n_step_bigru', seed=11)
def n_step_bigru(ch, dtype):
    return _n_step(ch, dtype, 'NStepBiGRU', 1, False, 10)


@case('n_step_rnn_tanh', seed=12)
def n_step_rnn_tanh(ch, dtype):
    return _n_step(ch, dtype, 'NStepRNNTanh', 1, True, 11)


@case('n_step_rnn_relu', seed=13)
def n_step_rnn_relu(ch, dtype):
    return _n_step(ch, dtype, 'NStepRNNReLU', 1, True, 12)


@case('n_step_birnn_tanh', seed=14)
def n_step_birnn_tanh(ch, dtype):
    return _n_step(ch, dtype, 'NStepBiRNNTanh', 1, True, 13)


@case('n_step_birnn_relu', seed=15)
def n_step_birnn_relu(ch, dtype):
    return _n_step(ch, dtype, 'NStepBiRNNReLU', 1, False, 14)


@case('n_step_lstm_dropout', dtypes=('float32',), seed=16)
def n_step_lstm_dropout(ch, dtype):
    # dropout between layers draws its masks from numpy's global RNG.
    L = ch.links
    rng = numpy.random.RandomState(15)
    link = L.NStepLSTM(2, 3, 4, 0.5)
    xs = [ch.Variable(rng.randn(n, 3).astype(dtype)) for n in (2, 3)]
    hy, cy, ys = link(None, None, xs)
    return {'hy': hy.array, 'cy': cy.array, 'y0': ys[0].array,
            'y1': ys[1].array}


@case('child_sum_tree_lstm', seed=17)
def child_sum_tree_lstm(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(16)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.ChildSumTreeLSTM(3, 4)
    out = _params(link)

    def v(*shape):
        return ch.Variable(rng.randn(*shape).astype(dtype))
    c1, c2, h1, h2, x = v(2, 4), v(2, 4), v(2, 4), v(2, 4), v(2, 3)
    xl = v(2, 3)
    cl, hl = link(xl)                       # leaf
    c, h = link(c1, c2, h1, h2, x)          # two children
    cn, hn = link(c1, None, h1, None, None)  # missing child and x
    out.update(_run(ch, link, [cl, hl, c, h, cn, hn],
                    [c1, c2, h1, h2, x, xl], rng))
    return out


@case('nary_tree_lstm', seed=18)
def nary_tree_lstm(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(17)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        link = L.NaryTreeLSTM(3, 4, n_ary=2)
    out = _params(link)

    def v(*shape):
        return ch.Variable(rng.randn(*shape).astype(dtype))
    c1, c2, h1, h2, x = v(2, 4), v(2, 4), v(2, 4), v(2, 4), v(2, 3)
    c, h = link(c1, c2, h1, h2, x)
    cn, hn = link(c1, None, h1, None, None)
    out.update(_run(ch, link, [c, h, cn, hn], [c1, c2, h1, h2, x], rng))
    return out


@case('tbptt_language_model', dtypes=(None,), seed=19,
      tol={None: dict(atol=1e-5, rtol=1e-5)})
def tbptt_language_model(ch):
    # EmbedID -> LSTM -> Linear language model trained with truncated BPTT
    # (unchain_backward every bprop_len steps) and SGD.
    F = ch.functions
    L = ch.links

    class RNNLM(ch.Chain):
        def __init__(self, n_vocab, n_units):
            super(RNNLM, self).__init__()
            with self.init_scope():
                self.embed = L.EmbedID(n_vocab, n_units)
                self.l1 = L.LSTM(n_units, n_units)
                self.l2 = L.Linear(n_units, n_vocab)

        def reset_state(self):
            self.l1.reset_state()

        def forward(self, x):
            h0 = self.embed(x)
            h1 = self.l1(F.dropout(h0, 0.2))
            return self.l2(F.dropout(h1, 0.2))

    rng = numpy.random.RandomState(0)
    n_vocab, batch, length, bprop_len = 7, 3, 13, 4
    data = rng.randint(0, n_vocab, size=(length + 1, batch)).astype(
        numpy.int32)
    model = L.Classifier(RNNLM(n_vocab, 5))
    model.compute_accuracy = False
    opt = ch.optimizers.SGD(lr=0.5)
    opt.setup(model)
    out = {'p0' + k.replace('/', '_'): p.array.copy()
           for k, p in model.namedparams()}
    losses = []
    accum = 0
    for i in range(length):
        x, t = data[i], data[i + 1]
        accum += model(x, t)
        if (i + 1) % bprop_len == 0 or i + 1 == length:
            model.cleargrads()
            accum.backward()
            accum.unchain_backward()
            opt.update()
            losses.append(float(accum.array))
            accum = 0
        if i == 8:
            model.predictor.reset_state()
    out['losses'] = numpy.array(losses)
    out.update({'p' + k.replace('/', '_'): p.array
                for k, p in model.namedparams()})
    return out
