"""``chainer.training.extensions.ProgressBar``."""
import datetime
import sys

from chainer_compat.training import extension
from chainer_compat.training.extensions import util


class ProgressBar(extension.Extension):

    """Trainer extension to print a progress bar and recent training status.

    Display (every ``update_interval`` iterations)::

             total [#####.....]  10.00%
        this epoch [##########]  50.00%
               100 iter, 0 epoch / 20 epochs
            123.45 iters/sec. Estimated time to finish: 0:00:10.

    Note: Chainer 7.8.1 ignores ``training_length``, ``bar_length`` and
    ``out`` (it always writes a 50-wide bar to the ``sys.stdout`` current
    at construction); they are honoured here (docs/divergences.md D-807).
    """

    def __init__(self, training_length=None, update_interval=100,
                 bar_length=50, out=sys.stdout):
        self._training_length = training_length
        self._status_template = None
        self._update_interval = update_interval
        self._bar_length = bar_length
        self._out = out
        self._recent_timing = []
        self._pbar = _TrainerProgressBar(bar_length=bar_length, out=out)
        self._pbar.training_length = training_length

    def __call__(self, trainer):
        self._pbar.trainer = trainer
        iteration = trainer.updater.iteration
        if iteration % self._update_interval == 0:
            self._pbar.update()

    def finalize(self):
        self._pbar.close()


class _TrainerProgressBar(util.ProgressBar):

    trainer = None
    training_length = None
    status_template = None

    def get_lines(self):
        lines = []

        iteration = self.trainer.updater.iteration
        epoch = self.trainer.updater.epoch_detail

        if self.training_length is None:
            t = self.trainer.stop_trigger
            self.training_length = t.get_training_length()
        length, unit = self.training_length

        if unit == 'iteration':
            rate = iteration / length
        else:
            rate = epoch / length
        rate = min(rate, 1.0)

        bar_length = self._bar_length
        marks = '#' * int(rate * bar_length)
        lines.append('     total [{}{}] {:6.2%}\n'.format(
            marks, '.' * (bar_length - len(marks)), rate))

        epoch_rate = epoch - int(epoch)
        marks = '#' * int(epoch_rate * bar_length)
        lines.append('this epoch [{}{}] {:6.2%}\n'.format(
            marks, '.' * (bar_length - len(marks)), epoch_rate))

        if self.status_template is None:
            self.status_template = (
                '{0.iteration:10} iter, {0.epoch} epoch / %s %ss\n' %
                self.training_length)
        lines.append(self.status_template.format(self.trainer.updater))

        speed_t, speed_e = self.update_speed(iteration, epoch)
        if unit == 'iteration':
            estimated_time = (length - iteration) / speed_t
        else:
            estimated_time = (length - epoch) / speed_e
        estimated_time = max(estimated_time, 0.0)
        lines.append('{:10.5g} iters/sec. Estimated time to finish: {}.\n'
                     .format(speed_t,
                             datetime.timedelta(seconds=estimated_time)))
        return lines
