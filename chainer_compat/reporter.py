"""Reporter: collects observed values (``chainer.reporter``).

Semantics follow Chainer 7.8.1: a thread-local stack of current reporters,
observer names keyed by ``id(observer)``, Variables copied out of the graph
on report unless ``config.keep_graph_on_report`` is set, and ``Summary`` /
``DictSummary`` accumulating weighted sums of scalars.
"""
import collections
import contextlib
import copy
import json
import threading
import warnings

import numpy

from chainer_compat import backend
from chainer_compat import configuration
from chainer_compat import serializer as serializer_module
from chainer_compat import variable


_thread_local = threading.local()


def _copy_variable(value):
    # Chainer: ``copy.copy(var)`` -- a new Variable sharing the array (and
    # grad) but cut from the computational graph (no creator).
    if isinstance(value, variable.Parameter):
        return copy.copy(value)
    if isinstance(value, variable.Variable):
        t = value._t
        if t is None:
            return copy.copy(value)
        v = variable.Variable._from_tensor(
            t.detach(), value._requires_grad, value._name)
        v._grad = value._grad
        v._arr = value._arr
        return v
    return value


class Reporter(object):

    """Object to which observed values are reported.

    Attributes:
        observation: Dictionary of observed values.

    """

    def __init__(self):
        self._observer_names = {}
        self.observation = {}

    def __enter__(self):
        """Makes this reporter object current."""
        _get_reporters().append(self)

    def __exit__(self, exc_type, exc_value, traceback):
        """Recovers the previous reporter object to the current."""
        _get_reporters().pop()

    @contextlib.contextmanager
    def scope(self, observation):
        """Creates a scope to report observed values to ``observation``."""
        old = self.observation
        self.observation = observation
        self.__enter__()
        try:
            yield
        finally:
            self.__exit__(None, None, None)
            self.observation = old

    def add_observer(self, name, observer):
        """Registers an observer of values (keyed by ``id(observer)``)."""
        self._observer_names[id(observer)] = name

    def add_observers(self, prefix, observers):
        """Registers multiple ``(name, observer)`` pairs with a prefix."""
        for name, observer in observers:
            self._observer_names[id(observer)] = prefix + name

    def report(self, values, observer=None):
        """Reports observed values, prefixed by the observer's name."""
        if not configuration.config.keep_graph_on_report:
            values = {k: _copy_variable(v) for k, v in values.items()}

        if observer is not None:
            observer_id = id(observer)
            if observer_id not in self._observer_names:
                raise KeyError(
                    'Given observer is not registered to the reporter.')
            observer_name = self._observer_names[observer_id]
            for key, value in values.items():
                name = '%s/%s' % (observer_name, key)
                self.observation[name] = value
        else:
            self.observation.update(values)


def _get_reporters():
    try:
        reporters = _thread_local.reporters
    except AttributeError:
        reporters = _thread_local.reporters = []
    return reporters


def get_current_reporter():
    """Returns the current reporter object."""
    return _get_reporters()[-1]


def report(values, observer=None):
    """Reports observed values with the current reporter object.

    Does nothing when no reporter is current.
    """
    reporters = _get_reporters()
    if reporters:
        current = reporters[-1]
        current.report(values, observer)


@contextlib.contextmanager
def report_scope(observation):
    """Returns a report scope with the current reporter."""
    current = _get_reporters()[-1]
    old = current.observation
    current.observation = observation
    yield
    current.observation = old


def _sqrt(x):
    if hasattr(x, 'sqrt') and not isinstance(x, (numpy.ndarray,
                                                 numpy.generic)):
        return x.sqrt()  # torch tensor (CUDA arrays without CuPy)
    xp = backend.get_array_module(x)
    return xp.sqrt(x)


_np_types = (numpy.generic, numpy.ndarray)


def _legacy_scalar(x):
    if isinstance(x, bool):
        return numpy.bool_(x)
    if isinstance(x, int):
        return numpy.int64(x)
    if isinstance(x, float):
        return numpy.float64(x)
    return x


class Summary(object):

    """Online summarization of a sequence of scalars."""

    def __init__(self):
        self._x = 0.0
        self._x2 = 0.0
        self._n = 0

    def add(self, value, weight=1):
        """Adds a scalar value (optionally weighted)."""
        if isinstance(value, _np_types) or isinstance(weight, _np_types):
            # Chainer ran on NumPy 1.x, where a Python scalar combined with
            # a NumPy scalar/0-d array promotes like int64/float64 (so
            # float32 losses are accumulated in float64).  NumPy 2 keeps
            # float32 (NEP 50); emulate the legacy promotion on CPU.
            w = _legacy_scalar(weight)
            self._x = _legacy_scalar(self._x) + w * value
            self._x2 = _legacy_scalar(self._x2) + w * value * value
            if isinstance(weight, _np_types):
                self._n = _legacy_scalar(self._n) + weight
            else:
                self._n += weight
            return
        with backend.using_device(backend.get_device_from_array(value)):
            self._x += weight * value
            self._x2 += weight * value * value
            self._n += weight

    def compute_mean(self):
        """Computes the mean."""
        x, n = self._x, self._n
        with backend.using_device(backend.get_device_from_array(x)):
            return x / n

    def make_statistics(self):
        """Computes and returns the mean and standard deviation values."""
        x, n = self._x, self._n
        with backend.using_device(backend.get_device_from_array(x)):
            mean = x / n
            var = self._x2 / n - mean * mean
            std = _sqrt(var)
            return mean, std

    def serialize(self, serializer):
        try:
            self._x = serializer('_x', self._x)
            self._x2 = serializer('_x2', self._x2)
            self._n = serializer('_n', self._n)
        except KeyError:
            warnings.warn('The previous statistics are not saved.')


class DictSummary(object):

    """Online summarization of a sequence of dictionaries."""

    def __init__(self):
        self._summaries = collections.defaultdict(Summary)

    def add(self, d):
        """Adds a dictionary of scalars (tuple values are (value, weight))."""
        summaries = self._summaries
        for k, v in d.items():
            w = 1
            if isinstance(v, tuple):
                w = v[1]
                v = v[0]
                if isinstance(w, variable.Variable):
                    w = w.array
                if not numpy.isscalar(w) and not getattr(w, 'ndim', -1) == 0:
                    raise ValueError(
                        'Given weight to {} was not scalar.'.format(k))
            if isinstance(v, variable.Variable):
                v = v.array
            if numpy.isscalar(v) or getattr(v, 'ndim', -1) == 0:
                summaries[k].add(v, weight=w)

    def compute_mean(self):
        """Creates a dictionary of mean values."""
        return {name: summary.compute_mean()
                for name, summary in self._summaries.items()}

    def make_statistics(self):
        """Creates a dictionary of means and ``'<key>.std'`` deviations."""
        stats = {}
        for name, summary in self._summaries.items():
            mean, std = summary.make_statistics()
            stats[name] = mean
            stats[name + '.std'] = std
        return stats

    def serialize(self, serializer):
        if isinstance(serializer, serializer_module.Serializer):
            names = list(self._summaries.keys())
            serializer('_names', json.dumps(names))
            for index, name in enumerate(names):
                self._summaries[name].serialize(
                    serializer['_summaries'][str(index)])
        else:
            self._summaries.clear()
            try:
                names = json.loads(serializer('_names', ''))
            except KeyError:
                warnings.warn('The names of statistics are not saved.')
                return
            for index, name in enumerate(names):
                self._summaries[name].serialize(
                    serializer['_summaries'][str(index)])
