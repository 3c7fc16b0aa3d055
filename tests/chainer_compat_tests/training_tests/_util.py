import numpy

import chainer_compat as chainer
import chainer_compat.links as L


def toy_data(n=20, n_in=4, n_out=3, seed=0):
    rng = numpy.random.RandomState(seed)
    x = rng.randn(n, n_in).astype(numpy.float32)
    t = rng.randint(0, n_out, size=n).astype(numpy.int32)
    return chainer.datasets.TupleDataset(x, t)


def make_updater(ds=None, batch=5, lr=0.1, optimizer=None):
    ds = toy_data() if ds is None else ds
    model = L.Classifier(L.Linear(4, 3))
    opt = optimizer or chainer.optimizers.MomentumSGD(lr=lr)
    opt.setup(model)
    it = chainer.iterators.SerialIterator(ds, batch)
    return chainer.training.updaters.StandardUpdater(it, opt), model, opt
