"""A trainer snapshot written by real Chainer 7.8.1 resumes in the facade.

Fixture: tools/make_trainer_fixture.py (run under real Chainer) saved the
whole trainer at iteration 12 of a 30-iteration run, resumed real Chainer
from it and recorded the losses of iterations 13..30.  Resuming the facade
from that file the same way must give the same losses, learning-rate
schedule and final weights.
"""
import json
import os

import numpy

import chainer_compat as chainer
from tests.fixtures import trainer_setup

FIX = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'fixtures')


def test_resume_from_real_chainer_trainer_snapshot(tmp_path):
    with open(os.path.join(FIX, 'chainer_trainer_expected.json')) as f:
        expected = json.load(f)
    trainer, model, losses = trainer_setup.build(chainer, str(tmp_path))
    chainer.serializers.load_npz(
        os.path.join(FIX, 'chainer_trainer_snapshot.npz'), trainer)
    assert trainer.updater.iteration == 12
    trainer.run()
    assert trainer.updater.iteration == 30
    numpy.testing.assert_allclose(losses, expected['losses_after'],
                                  rtol=1e-5, atol=1e-6)
    numpy.testing.assert_allclose(model.predictor.W.array,
                                  expected['final_W'], rtol=1e-5, atol=1e-6)
    assert trainer.updater.get_optimizer('main').lr == expected['final_lr']
