"""``chainer.training.extensions.LogReport``."""
import json
import os
import shutil
import warnings

from chainer_compat import reporter
from chainer_compat import serializer as serializer_module
from chainer_compat import utils
from chainer_compat.training import extension
from chainer_compat.training import trigger as trigger_module
from chainer_compat.training.extensions import _observation
from chainer_compat.utils import argument


class LogReport(extension.Extension):

    """Trainer extension to output the accumulated results to a log file.

    At each ``trigger`` it appends the means of the observed values plus
    ``epoch``, ``iteration`` and ``elapsed_time`` to ``log`` and rewrites
    ``<out>/<filename>`` (JSON, indent 4; written to a temporary file and
    moved into place).
    """

    def __init__(self, keys=None, trigger=(1, 'epoch'), postprocess=None,
                 filename=None, **kwargs):
        self._keys = keys
        self._trigger = trigger_module.get_trigger(trigger)
        self._postprocess = postprocess
        self._log = []

        log_name, = argument.parse_kwargs(kwargs, ('log_name', 'log'))
        if filename is None:
            filename = log_name
        self._log_name = filename

        self._init_summary()

    def __call__(self, trainer):
        _observation.add(self._summary, trainer.observation, self._keys)

        if trainer.is_before_training or self._trigger(trainer):
            stats_cpu = _observation.mean_stats(self._summary,
                                                trainer.updater)
            stats_cpu['elapsed_time'] = trainer.elapsed_time

            if self._postprocess is not None:
                self._postprocess(stats_cpu)

            self._log.append(stats_cpu)

            if self._log_name is not None:
                log_name = self._log_name.format(**stats_cpu)
                with utils.tempdir(prefix=log_name, dir=trainer.out) as tempd:
                    path = os.path.join(tempd, 'log.json')
                    with open(path, 'w') as f:
                        json.dump(self._log, f, indent=4)
                    new_path = os.path.join(trainer.out, log_name)
                    shutil.move(path, new_path)

            self._init_summary()

    @property
    def log(self):
        """The current list of observation dictionaries."""
        return self._log

    def serialize(self, serializer):
        if hasattr(self._trigger, 'serialize'):
            self._trigger.serialize(serializer['_trigger'])

        try:
            self._summary.serialize(serializer['_summary'])
        except KeyError:
            warnings.warn('The statistics are not saved.')

        # Note that this serialization may lose some information of small
        # numerical differences.
        if isinstance(serializer, serializer_module.Serializer):
            serializer('_log', json.dumps(self._log))
        else:
            self._log = json.loads(serializer('_log', ''))

    def _init_summary(self):
        self._summary = reporter.DictSummary()
