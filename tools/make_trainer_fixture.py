#!/usr/bin/env python
"""Write a trainer snapshot with REAL Chainer 7.8.1 (issue 7 fixture).

    ../chainer-ref/bin/python tools/make_trainer_fixture.py

Runs tests/fixtures/trainer_setup.py's trainer for 30 iterations with an
``extensions.snapshot`` at iteration 12 (the whole trainer: updater,
iterator, optimizer, extensions), kept as
``tests/fixtures/chainer_trainer_snapshot.npz``; then real Chainer resumes
from it and the losses of iterations 13..30 of that resumed run (what the
facade must reproduce) go to ``tests/fixtures/chainer_trainer_expected.json``.
"""
import json
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import chainer  # NOQA
from tests.fixtures import trainer_setup  # NOQA

FIX = os.path.join(ROOT, 'tests', 'fixtures')


def main():
    assert 'chainer_compat' not in chainer.__file__
    with tempfile.TemporaryDirectory() as out:
        trainer, model, losses = trainer_setup.build(chainer, out)
        trainer.extend(chainer.training.extensions.snapshot(
            filename='snapshot_iter_{.updater.iteration}'),
            trigger=(12, 'iteration'))
        trainer.run()
        snap = os.path.join(FIX, 'chainer_trainer_snapshot.npz')
        shutil.copy(os.path.join(out, 'snapshot_iter_12'), snap)
        uninterrupted = losses[12:]
    # Resume in real Chainer: the same build, then load the snapshot.  (The
    # next epoch's shuffle draws from numpy's global RNG, whose state at
    # resume differs from the uninterrupted run's, as in any Chainer resume.)
    with tempfile.TemporaryDirectory() as out:
        trainer, model, losses = trainer_setup.build(chainer, out)
        chainer.serializers.load_npz(snap, trainer)
        trainer.run()
        with open(os.path.join(FIX, 'chainer_trainer_expected.json'),
                  'w') as f:
            json.dump({'chainer': chainer.__version__,
                       'losses_uninterrupted': uninterrupted,
                       'losses_after': losses,
                       'final_W': model.predictor.W.array.tolist(),
                       'final_lr': trainer.updater.get_optimizer('main').lr},
                      f, indent=1)
    print('wrote fixtures')


if __name__ == '__main__':
    main()
