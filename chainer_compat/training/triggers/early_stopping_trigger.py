"""``chainer.training.triggers.EarlyStoppingTrigger``."""
import operator
import warnings

from chainer_compat import reporter
from chainer_compat.training import util
from chainer_compat.utils import argument


class EarlyStoppingTrigger(object):

    """Stops training when ``monitor`` has not improved for ``patience``
    checks, or when ``max_trigger`` fires."""

    def __init__(self, check_trigger=(1, 'epoch'), monitor='main/loss',
                 patience=None, mode='auto', verbose=False,
                 max_trigger=(100, 'epoch'), **kwargs):
        patients, = argument.parse_kwargs(kwargs, ('patients', None))
        if patients is None:
            if patience is None:
                patience = 3
        elif patience is None:
            patience = patients
        else:
            raise TypeError(
                'Both \'patience\' and \'patients\' arguments are '
                'specified. \'patients\' is an alias of the former. '
                'Specify only \'patience\'.')

        self.count = 0
        self.patience = patience
        self.monitor = monitor
        self.verbose = verbose
        self.already_warning = False
        self._max_trigger = util.get_trigger(max_trigger)
        self._interval_trigger = util.get_trigger(check_trigger)
        self._init_summary()

        if mode == 'max':
            self._compare = operator.gt
        elif mode == 'min':
            self._compare = operator.lt
        elif 'accuracy' in monitor:
            self._compare = operator.gt
        else:
            self._compare = operator.lt

        if self._compare == operator.gt:
            if verbose:
                print('early stopping: operator is greater')
            self.best = float('-inf')
        else:
            if verbose:
                print('early stopping: operator is less')
            self.best = float('inf')

    def __call__(self, trainer):
        observation = trainer.observation
        summary = self._summary
        if self.monitor in observation:
            summary.add({self.monitor: observation[self.monitor]})

        if self._max_trigger(trainer):
            return True
        if not self._interval_trigger(trainer):
            return False
        if self.monitor not in observation.keys():
            warnings.warn('{} is not in observation'.format(self.monitor))
            return False

        stat = self._summary.compute_mean()
        current_val = stat[self.monitor]
        self._init_summary()

        if self._compare(current_val, self.best):
            self.best = current_val
            self.count = 0
        else:
            self.count += 1

        if self._stop_condition():
            if self.verbose:
                print('Epoch {}: early stopping'.format(trainer.updater.epoch))
            return True
        return False

    def _stop_condition(self):
        return self.count >= self.patience

    def _init_summary(self):
        self._summary = reporter.DictSummary()

    def get_training_length(self):
        return self._max_trigger.get_training_length()
