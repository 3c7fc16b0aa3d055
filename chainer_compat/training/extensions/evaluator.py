"""``chainer.training.extensions.Evaluator``."""
import copy
import datetime
import warnings

from chainer_compat import backend
from chainer_compat import configuration
from chainer_compat import function
from chainer_compat import link
from chainer_compat import reporter as reporter_module
from chainer_compat.dataset import convert
from chainer_compat.dataset import iterator as iterator_module
from chainer_compat.training import extension
from chainer_compat.training.extensions import util
from chainer_compat.utils import argument


class Evaluator(extension.Extension):

    """Trainer extension to evaluate models on a validation set.

    Runs ``eval_func`` (default: the ``'main'`` target) on every batch of
    the (reset) ``'main'`` iterator under ``train=False`` and
    ``no_backprop_mode``; values reported inside are named
    ``<extension name>/<observer>/<key>`` (e.g. ``validation/main/loss``) and
    averaged over batches with equal weight (``DictSummary``).
    """

    trigger = 1, 'epoch'
    default_name = 'validation'
    priority = extension.PRIORITY_WRITER

    name = None

    def __init__(self, iterator, target, converter=convert.concat_examples,
                 device=None, eval_hook=None, eval_func=None, **kwargs):
        progress_bar, = argument.parse_kwargs(kwargs, ('progress_bar', False))

        if device is not None:
            device = backend.get_device(device)

        if isinstance(iterator, iterator_module.Iterator):
            iterator = {'main': iterator}
        self._iterators = iterator

        if isinstance(target, link.Link):
            target = {'main': target}
        self._targets = target

        self.converter = converter
        self.device = device
        self.eval_hook = eval_hook
        self.eval_func = eval_func
        self._progress_bar = progress_bar

        from chainer_compat import iterators
        for key, it in iterator.items():
            if (isinstance(it, (iterators.SerialIterator,
                                iterators.MultiprocessIterator,
                                iterators.MultithreadIterator)) and
                    getattr(it, 'repeat', False)):
                warnings.warn(
                    'The `repeat` property of the iterator {} '
                    'is set to `True`. Typically, the evaluator sweeps '
                    'over iterators until they stop, '
                    'but as the property being `True`, this iterator '
                    'might not stop and evaluation could go into '
                    'an infinite loop. '
                    'We recommend to check the configuration '
                    'of iterators'.format(key))

    def get_iterator(self, name):
        """Returns the iterator of the given name."""
        return self._iterators[name]

    def get_all_iterators(self):
        """Returns a dictionary of all iterators."""
        return dict(self._iterators)

    def get_target(self, name):
        """Returns the target link of the given name."""
        return self._targets[name]

    def get_all_targets(self):
        """Returns a dictionary of all target links."""
        return dict(self._targets)

    def __call__(self, trainer=None):
        """Evaluates and reports the mean of each observed value."""
        reporter = reporter_module.Reporter()
        prefix = self.name + '/' if self.name is not None else ''
        for name, target in self._targets.items():
            reporter.add_observer(prefix + name, target)
            reporter.add_observers(prefix + name,
                                   target.namedlinks(skipself=True))

        with reporter:
            with configuration.using_config('train', False):
                result = self.evaluate()

        reporter_module.report(result)
        return result

    def evaluate(self):
        """Evaluates the model and returns a dict of mean values."""
        iterator = self._iterators['main']
        eval_func = self.eval_func or self._targets['main']

        if self.eval_hook:
            self.eval_hook(self)

        if hasattr(iterator, 'reset'):
            iterator.reset()
            it = iterator
        else:
            warnings.warn(
                'This iterator does not have the reset method. Evaluator '
                'copies the iterator instead of resetting. This behavior is '
                'deprecated. Please implement the reset method.',
                DeprecationWarning)
            it = copy.copy(iterator)

        summary = reporter_module.DictSummary()

        if self._progress_bar:
            pbar = _IteratorProgressBar(iterator=it)

        for batch in it:
            observation = {}
            with reporter_module.report_scope(observation):
                in_arrays = convert._call_converter(
                    self.converter, batch, self.device)
                with function.no_backprop_mode():
                    if isinstance(in_arrays, tuple):
                        eval_func(*in_arrays)
                    elif isinstance(in_arrays, dict):
                        eval_func(**in_arrays)
                    else:
                        eval_func(in_arrays)
            summary.add(observation)
            if self._progress_bar:
                pbar.update()

        if self._progress_bar:
            pbar.close()

        return summary.compute_mean()

    def finalize(self):
        """Finalizes the iterators."""
        for it in self._iterators.values():
            it.finalize()


class _IteratorProgressBar(util.ProgressBar):

    def __init__(self, iterator, bar_length=None, out=None):
        if not (hasattr(iterator, 'current_position') and
                hasattr(iterator, 'epoch_detail')):
            raise TypeError('Iterator must have the following attributes '
                            'to enable a progress bar: '
                            'current_position, epoch_detail')
        self._iterator = iterator
        super(_IteratorProgressBar, self).__init__(
            bar_length=bar_length, out=out)

    def get_lines(self):
        iteration = self._iterator.current_position
        epoch_detail = self._iterator.epoch_detail
        epoch_size = getattr(self._iterator, '_epoch_size', None)

        lines = []
        rate = epoch_detail
        marks = '#' * int(rate * self._bar_length)
        lines.append('validation [{}{}] {:6.2%}\n'.format(
            marks, '.' * (self._bar_length - len(marks)), rate))
        if epoch_size:
            lines.append('{:10} / {} iterations\n'.format(
                iteration, epoch_size))
        else:
            lines.append('{:10} iterations\n'.format(iteration))

        speed_t, speed_e = self.update_speed(iteration, epoch_detail)
        estimated_time = (1.0 - epoch_detail) / speed_e
        lines.append('{:10.5g} iters/sec. Estimated time to finish: {}.\n'
                     .format(speed_t,
                             datetime.timedelta(seconds=estimated_time)))
        return lines
