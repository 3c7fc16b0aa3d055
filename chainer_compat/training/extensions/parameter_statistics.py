"""``chainer.training.extensions.ParameterStatistics``."""
import numpy

import chainer_compat
from chainer_compat import backend
from chainer_compat import reporter
from chainer_compat.training import extension
from chainer_compat.training import trigger as trigger_module


_default_statistics = {
    'mean': lambda x: backend.get_array_module(x).mean(x),
    'std': lambda x: backend.get_array_module(x).std(x),
    'min': lambda x: backend.get_array_module(x).min(x),
    'max': lambda x: backend.get_array_module(x).max(x),
    'zeros': lambda x: backend.get_array_module(x).count_nonzero(x == 0),
    'percentile': lambda x: backend.get_array_module(x).percentile(
        x, (0.13, 2.28, 15.87, 50, 84.13, 97.72, 99.87))
}


def _as_supported_array(x):
    # CUDA arrays without CuPy are torch tensors (D-001), which lack numpy's
    # percentile/count_nonzero semantics: compute on a CPU copy (D-805).
    if x is None or isinstance(x, numpy.ndarray) or \
            isinstance(x, chainer_compat.get_array_types()):
        return x
    return backend.CpuDevice().send(x)


class ParameterStatistics(extension.Extension):

    """Reports statistics (mean, std, min, max, zeros, percentiles) of the
    parameters and gradients of links, keyed
    ``{prefix}{link_name}{param_name}/{data|grad}/{statistic}``."""

    default_name = 'parameter_statistics'
    priority = extension.PRIORITY_WRITER

    # prefix ends with a '/' and param_name is preceded by a '/'
    report_key_template = ('{prefix}{link_name}{param_name}/{attr_name}/'
                           '{function_name}')

    default_statistics = _default_statistics

    def __init__(self, links, statistics='default',
                 report_params=True, report_grads=True, prefix=None,
                 trigger=(1, 'epoch'), skip_nan_params=False):

        if not isinstance(links, (list, tuple)):
            links = links,
        self._links = links

        if statistics is None:
            statistics = {}
        elif statistics == 'default':
            statistics = self.default_statistics
        self._statistics = dict(statistics)

        attrs = []
        if report_params:
            attrs.append('data')
        if report_grads:
            attrs.append('grad')
        self._attrs = attrs

        self._prefix = prefix
        self._trigger = trigger_module.get_trigger(trigger)
        self._summary = reporter.DictSummary()
        self._skip_nan_params = skip_nan_params

    def __call__(self, trainer):
        """Executes the statistics extension."""
        statistics = {}

        for link in self._links:
            link_name = getattr(link, 'name', 'None')
            for param_name, param in link.namedparams():
                for attr_name in self._attrs:
                    for function_name, function in self._statistics.items():
                        # Get parameters as a flattened one-dimensional array
                        # since the statistics function should make no
                        # assumption about the axes
                        params = _as_supported_array(
                            getattr(param, attr_name)).ravel()
                        if (self._skip_nan_params and
                                backend.get_array_module(params).isnan(
                                    params).any()):
                            value = numpy.nan
                        else:
                            value = function(params)
                        key = self.report_key_template.format(
                            prefix=self._prefix + '/' if self._prefix else '',
                            link_name=link_name,
                            param_name=param_name,
                            attr_name=attr_name,
                            function_name=function_name
                        )
                        if (isinstance(value,
                                       chainer_compat.get_array_types())
                                and value.size > 1):
                            # Append integer indices to the keys if the
                            # statistic function return multiple values
                            statistics.update({'{}/{}'.format(key, i): v for
                                               i, v in enumerate(value)})
                        else:
                            statistics[key] = value

        self._summary.add(statistics)

        if self._trigger(trainer):
            reporter.report(self._summary.compute_mean())
            self._summary = reporter.DictSummary()  # Clear summary

    def register_statistics(self, name, function):
        """Registers a function to compute a certain statistic."""
        self._statistics[name] = function
