#!/usr/bin/env python
"""Facade vs native PyTorch, side by side in one run.

    python bench/bench_core.py [--device cpu|cuda] [--repeat N]

Cases (issue 2 / issue 8):
  mlp_train   MLP 784-1000-1000-10, batch 100, Adam: one training step
  mlp_infer   the same MLP, inference under no_backprop_mode / no_grad
  relu_tiny   F.relu on a (1, 10) Variable (per-call framework overhead)
  mlp20_tiny  20-layer width-10 MLP, forward + backward (overhead-bound)
  bptt_lstm   LSTM 64 (batch 20), 10 steps, backward, unchain_backward / detach,
              SGD: one truncated-BPTT window (graph bookkeeping)

Each case runs --repeat rounds per side after warm-up, facade and native
rounds alternating (A,B then B,A) so that load changes on a shared machine
hit both sides; printed: the median round time of each side and the median
of the per-round facade/native ratios.  Both sides use the same torch threads and the
same device.  Reference points measured on this project's machines: real
Chainer spends ~13 us per tiny op and native torch ~1.3 us.
"""
import argparse
import statistics
import time

import numpy
import torch

import chainer_compat as chainer
import chainer_compat.functions as F
import chainer_compat.links as L


def _paired_time(fa, fb, inner, repeat, sync):
    """Time ``fa`` (facade) and ``fb`` (native) in alternating rounds.

    Rounds alternate A,B then B,A so that a change of machine load hits both
    sides alike; returns (median A, median B, median of per-round ratios).
    """
    for fn in (fa, fb):
        for _ in range(max(3, inner // 10)):
            fn()
    sync()
    ta, tb, ratios = [], [], []

    def one(fn):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn()
        sync()
        return (time.perf_counter() - t0) / inner

    for r in range(repeat):
        if r % 2 == 0:
            a = one(fa)
            b = one(fb)
        else:
            b = one(fb)
            a = one(fa)
        ta.append(a)
        tb.append(b)
        ratios.append(a / b)
    return (statistics.median(ta), statistics.median(tb),
            statistics.median(ratios))


class FacadeMLP(chainer.Chain):
    def __init__(self, sizes):
        super(FacadeMLP, self).__init__()
        with self.init_scope():
            self.layers = chainer.ChainList(
                *[L.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def forward(self, x):
        n = len(self.layers)
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i + 1 < n:
                x = F.relu(x)
        return x


def native_mlp(sizes):
    mods = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        mods.append(torch.nn.Linear(a, b))
        if i + 2 < len(sizes):
            mods.append(torch.nn.ReLU())
    return torch.nn.Sequential(*mods)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--device', default='cpu')
    p.add_argument('--repeat', type=int, default=7)
    args = p.parse_args()
    dev = torch.device(args.device)
    if dev.type == 'cuda':
        def sync():
            torch.cuda.synchronize()
    else:
        def sync():
            pass
    rng = numpy.random.RandomState(0)
    results = []

    # --- MLP 784-1000-1000-10, batch 100, Adam --------------------------
    sizes = [784, 1000, 1000, 10]
    x_np = rng.rand(100, 784).astype(numpy.float32)
    t_np = rng.randint(0, 10, 100).astype(numpy.int32)
    model = L.Classifier(FacadeMLP(sizes))
    opt = chainer.optimizers.Adam()
    opt.setup(model)
    if dev.type == 'cuda':
        model.to_device('@cupy:{}'.format(dev.index or 0))
        x_in = torch.from_numpy(x_np).to(dev)
        t_in = torch.from_numpy(t_np).to(dev)
        xs = chainer.Variable(x_in)
        ts = chainer.Variable(t_in)
    else:
        xs, ts = x_np, t_np

    def facade_step():
        opt.update(model, xs, ts)

    nat = native_mlp(sizes).to(dev)
    nopt = torch.optim.Adam(nat.parameters(), lr=1e-3)
    xn = torch.from_numpy(x_np).to(dev)
    tn = torch.from_numpy(t_np).long().to(dev)

    def native_step():
        nopt.zero_grad(set_to_none=True)
        loss = torch.nn.functional.cross_entropy(nat(xn), tn)
        loss.backward()
        nopt.step()

    results.append(('mlp_train',) + _paired_time(
        facade_step, native_step, 5, args.repeat, sync))

    def facade_infer():
        with chainer.no_backprop_mode(), chainer.using_config('train',
                                                              False):
            model.predictor(xs)

    def native_infer():
        with torch.no_grad():
            nat(xn)

    results.append(('mlp_infer',) + _paired_time(
        facade_infer, native_infer, 10, args.repeat, sync))

    # --- per-call overhead: F.relu on a (1, 10) Variable -------------------
    v = chainer.Variable(rng.randn(1, 10).astype(numpy.float32))
    tv = torch.from_numpy(rng.randn(1, 10).astype(numpy.float32)).requires_grad_()
    if dev.type == 'cuda':
        v.to_device('@cupy:{}'.format(dev.index or 0))
        tv = tv.detach().to(dev).requires_grad_()
    results.append(('relu_tiny',) + _paired_time(
        lambda: F.relu(v), lambda: torch.relu(tv), 2000, args.repeat, sync))

    # --- 20-layer width-10 MLP, forward + backward --------------------------
    sizes20 = [10] * 21
    m20 = FacadeMLP(sizes20)
    n20 = native_mlp(sizes20).to(dev)
    x20 = rng.randn(1, 10).astype(numpy.float32)
    if dev.type == 'cuda':
        m20.to_device('@cupy:{}'.format(dev.index or 0))
        x20f = chainer.Variable(torch.from_numpy(x20).to(dev))
    else:
        x20f = x20
    x20n = torch.from_numpy(x20).to(dev)

    def facade20():
        m20.cleargrads()
        y = F.sum(m20(x20f))
        y.backward()

    def native20():
        n20.zero_grad(set_to_none=True)
        n20(x20n).sum().backward()

    results.append(('mlp20_tiny',) + _paired_time(
        facade20, native20, 100, args.repeat, sync))

    # --- truncated BPTT: LSTM 64, batch 20, 10 steps, unchain_backward ----
    class FacadeRNN(chainer.Chain):
        def __init__(self):
            super(FacadeRNN, self).__init__()
            with self.init_scope():
                self.lstm = L.LSTM(64, 64)
                self.out = L.Linear(64, 10)

        def forward(self, x):
            return self.out(self.lstm(x))

    rnn = FacadeRNN()
    ropt = chainer.optimizers.SGD()
    ropt.setup(rnn)
    xs_np = [rng.randn(20, 64).astype(numpy.float32) for _ in range(10)]
    ts_np = [rng.randint(0, 10, 20).astype(numpy.int32) for _ in range(10)]
    cell = torch.nn.LSTMCell(64, 64).to(dev)
    nout = torch.nn.Linear(64, 10).to(dev)
    nparams = list(cell.parameters()) + list(nout.parameters())
    nropt = torch.optim.SGD(nparams, lr=0.01)
    xs_t = [torch.from_numpy(a).to(dev) for a in xs_np]
    ts_t = [torch.from_numpy(a).long().to(dev) for a in ts_np]
    if dev.type == 'cuda':
        rnn.to_device('@cupy:{}'.format(dev.index or 0))
        xs_f = [chainer.Variable(a) for a in xs_t]
        ts_f = [chainer.Variable(a.int()) for a in ts_t]
    else:
        xs_f, ts_f = xs_np, ts_np
    state = [None]

    def facade_bptt():
        loss = 0
        for x, t in zip(xs_f, ts_f):
            loss += F.softmax_cross_entropy(rnn(x), t)
        rnn.cleargrads()
        loss.backward()
        loss.unchain_backward()
        ropt.update()

    def native_bptt():
        hc = state[0]
        loss = 0
        for x, t in zip(xs_t, ts_t):
            hc = cell(x, hc)
            loss = loss + torch.nn.functional.cross_entropy(nout(hc[0]), t)
        nropt.zero_grad(set_to_none=True)
        loss.backward()
        state[0] = (hc[0].detach(), hc[1].detach())
        nropt.step()

    results.append(('bptt_lstm',) + _paired_time(
        facade_bptt, native_bptt, 10, args.repeat, sync))

    print('device: {} ({}), torch {}, threads {}'.format(
        dev, torch.cuda.get_device_name(dev) if dev.type == 'cuda' else
        'cpu', torch.__version__, torch.get_num_threads()))
    print('{:<12} {:>14} {:>14} {:>8}'.format('case', 'facade (us)',
                                             'native (us)', 'ratio'))
    for name, tf, tn, ratio in results:
        # ratio: median of the per-round ratios (rounds alternate sides)
        print('{:<12} {:>14.1f} {:>14.1f} {:>8.2f}'.format(
            name, tf * 1e6, tn * 1e6, ratio))


if __name__ == '__main__':
    main()
