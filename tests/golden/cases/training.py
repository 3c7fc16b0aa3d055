"""Golden cases for the training stack: iterator orders under numpy's seed,
dataset splits, StandardUpdater/Trainer steps, Evaluator averages and the
reporter's summaries.  Numbers that depend on numpy's global RNG must match
real Chainer exactly.
"""
import numpy

from tests.golden.registry import case


def _order_trace(it, n):
    idx, epoch_detail, new_epoch, prev = [], [], [], []
    for _ in range(n):
        try:
            batch = it.next()
        except StopIteration:
            break
        idx.append(numpy.asarray(batch, dtype=numpy.int64))
        epoch_detail.append(it.epoch_detail)
        new_epoch.append(it.is_new_epoch)
        p = it.previous_epoch_detail
        prev.append(-1.0 if p is None else p)
    return {'indices': numpy.concatenate(idx),
            'sizes': numpy.array([len(i) for i in idx]),
            'epoch_detail': numpy.array(epoch_detail),
            'is_new_epoch': numpy.array(new_epoch),
            'previous_epoch_detail': numpy.array(prev)}


@case('serial_iterator_shuffle', dtypes=(None,), seed=3)
def serial_iterator_shuffle(ch):
    it = ch.iterators.SerialIterator(list(range(10)), 4)
    out = _order_trace(it, 8)
    # numpy's global RNG state after the iterator drew its orders
    out['next_rand'] = numpy.random.rand(3)
    return out


@case('serial_iterator_no_repeat', dtypes=(None,), seed=5)
def serial_iterator_no_repeat(ch):
    it = ch.iterators.SerialIterator(list(range(7)), 3, repeat=False)
    out = _order_trace(it, 5)
    it.reset()
    out.update({'reset_' + k: v for k, v in _order_trace(it, 5).items()})
    return out


@case('serial_iterator_no_shuffle_wrap', dtypes=(None,), seed=0)
def serial_iterator_no_shuffle_wrap(ch):
    it = ch.iterators.SerialIterator(list(range(5)), 3, shuffle=False)
    return _order_trace(it, 6)


@case('multithread_iterator_order', dtypes=(None,), seed=7)
def multithread_iterator_order(ch):
    it = ch.iterators.MultithreadIterator(list(range(9)), 4, n_threads=2)
    out = _order_trace(it, 5)
    it.finalize()
    return out


@case('dataset_splits', dtypes=(None,), seed=0)
def dataset_splits(ch):
    D = ch.datasets
    base = list(range(11))
    a, b = D.split_dataset_random(base, 4, seed=1)
    parts = D.split_dataset_n_random(base, 3, seed=2)
    folds = D.get_cross_validation_datasets_random(base, 3, seed=3)
    out = {'a': numpy.array(list(a)), 'b': numpy.array(list(b))}
    for i, p in enumerate(parts):
        out['part%d' % i] = numpy.array(list(p))
    for i, (tr, te) in enumerate(folds):
        out['fold%d_train' % i] = numpy.array(list(tr))
        out['fold%d_test' % i] = numpy.array(list(te))
    folds = D.get_cross_validation_datasets(base, 4)
    for i, (tr, te) in enumerate(folds):
        out['cv%d_test' % i] = numpy.array(list(te))
    return out


def _classifier(ch, n_in=4, n_out=3):
    L = ch.links
    return L.Classifier(L.Linear(n_in, n_out))


def _toy_data(n=12, n_in=4, n_out=3, seed=0):
    rng = numpy.random.RandomState(seed)
    x = rng.randn(n, n_in).astype(numpy.float32)
    t = rng.randint(0, n_out, size=n).astype(numpy.int32)
    return x, t


@case('standard_updater_sgd', dtypes=(None,), seed=0)
def standard_updater_sgd(ch):
    x, t = _toy_data()
    model = _classifier(ch)
    opt = ch.optimizers.SGD(lr=0.5)
    opt.setup(model)
    it = ch.iterators.SerialIterator(ch.datasets.TupleDataset(x, t), 5)
    updater = ch.training.updaters.StandardUpdater(it, opt)
    losses, accs = [], []
    for _ in range(5):
        updater.update()
        losses.append(float(model.loss.array))
        accs.append(float(model.accuracy.array))
    return {'losses': numpy.array(losses), 'accs': numpy.array(accs),
            'W': model.predictor.W.array, 'b': model.predictor.b.array,
            'iteration': numpy.array(updater.iteration),
            'epoch_detail': numpy.array(updater.epoch_detail),
            't': numpy.array(opt.t), 'epoch': numpy.array(opt.epoch)}


@case('evaluator_average', dtypes=(None,), seed=0)
def evaluator_average(ch):
    x, t = _toy_data(n=10)
    model = _classifier(ch)
    it = ch.iterators.SerialIterator(ch.datasets.TupleDataset(x, t), 4,
                                     repeat=False, shuffle=False)
    ev = ch.training.extensions.Evaluator(it, model)
    res = ev()  # batches of 4, 4, 2: per-batch means averaged equally
    res2 = ev()  # the iterator is reset: same numbers
    out = {k.replace('/', '_'): numpy.asarray(v) for k, v in res.items()}
    out.update({'again_' + k.replace('/', '_'): numpy.asarray(v)
                for k, v in res2.items()})
    out['keys'] = numpy.array(sorted(res))
    return out


@case('trainer_log', dtypes=(None,), seed=0)
def trainer_log(ch):
    import tempfile
    E = ch.training.extensions
    x, t = _toy_data(n=12)
    model = _classifier(ch)
    opt = ch.optimizers.MomentumSGD(lr=0.1)
    opt.setup(model)
    ds = ch.datasets.TupleDataset(x, t)
    it = ch.iterators.SerialIterator(ds, 5)
    vit = ch.iterators.SerialIterator(ds, 5, repeat=False, shuffle=False)
    updater = ch.training.updaters.StandardUpdater(it, opt)
    out_dir = tempfile.mkdtemp()
    trainer = ch.training.Trainer(updater, (3, 'epoch'), out=out_dir)
    trainer.extend(E.Evaluator(vit, model))
    trainer.extend(E.ExponentialShift('lr', 0.5), trigger=(1, 'epoch'))
    trainer.extend(E.observe_lr())
    log = E.LogReport()
    trainer.extend(log)
    trainer.run()
    out = {}
    for key in ('main/loss', 'main/accuracy', 'validation/main/loss',
                'validation/main/accuracy', 'lr', 'epoch', 'iteration'):
        out['log_' + key.replace('/', '_')] = numpy.array(
            [entry[key] for entry in log.log])
    out['n_entries'] = numpy.array(len(log.log))
    out['W'] = model.predictor.W.array
    out['final_lr'] = numpy.array(opt.lr)
    return out


@case('dict_summary', dtypes=(None,), seed=0)
def dict_summary(ch):
    s = ch.DictSummary()
    rng = numpy.random.RandomState(0)
    vals = rng.rand(5).astype(numpy.float32)
    for i, v in enumerate(vals):
        s.add({'a': v, 'b': (ch.Variable(numpy.array(v * 2)), i + 1),
               'c': numpy.array(v, dtype=numpy.float16), 'skip': vals})
    mean = s.compute_mean()
    stats = s.make_statistics()
    out = {'mean_' + k: numpy.asarray(v) for k, v in mean.items()}
    out.update({'stat_' + k: numpy.asarray(v) for k, v in stats.items()})
    out['keys'] = numpy.array(sorted(stats))
    return out
