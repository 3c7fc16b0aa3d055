"""``TimerHook``: elapsed time per function."""
import sys
import time

import numpy

from chainer_compat import backend
from chainer_compat import function_hook
from chainer_compat.function_hooks import _common

_get_time = time.perf_counter


class TimerHook(function_hook.FunctionHook):

    """Function hook measuring the elapsed time of functions (Chainer API).

    ``call_history`` holds ``(function name, seconds)`` pairs; nested calls
    count once in :meth:`total_time`.  On GPU arrays the time is measured
    with torch CUDA events (Chainer uses CuPy events).
    """

    name = 'TimerHook'
    table = {'sec': 1, 'ms': 10 ** 3, 'us': 10 ** 6, 'ns': 10 ** 9}

    def __init__(self):
        self.call_history = []
        self._running_stack = []
        self._depth = 0
        self._total_time = 0

    def _preprocess(self):
        if self.xp is numpy:
            self._running_stack.append(_get_time())
        else:
            import torch
            start = torch.cuda.Event(enable_timing=True)
            stop = torch.cuda.Event(enable_timing=True)
            start.record()
            self._running_stack.append((start, stop))
        self._depth += 1

    def forward_preprocess(self, function, in_data):
        self.xp = backend.get_array_module(*in_data)
        self._preprocess()

    def backward_preprocess(self, function, in_data, out_grad):
        self.xp = backend.get_array_module(*(in_data + out_grad))
        self._preprocess()

    def _postprocess(self, function):
        if self.xp is numpy:
            elapsed_time = _get_time() - self._running_stack.pop()
        else:
            start, stop = self._running_stack.pop()
            stop.record()
            stop.synchronize()
            elapsed_time = start.elapsed_time(stop) / 1000
        self.call_history.append((_common._impl_name(function), elapsed_time))
        assert self._depth > 0
        self._depth -= 1
        if self._depth == 0:
            self._total_time += elapsed_time

    def forward_postprocess(self, function, in_data):
        assert backend.get_array_module(*in_data) == self.xp
        self._postprocess(function)

    def backward_postprocess(self, function, in_data, out_grad):
        assert backend.get_array_module(*(in_data + out_grad)) == self.xp
        self._postprocess(function)

    def total_time(self):
        """Returns total elapsed time in seconds."""
        return self._total_time

    def summary(self):
        """``{function name: {'elapsed_time': s, 'occurrence': n}}``."""
        summary = {}
        for function_name, elapsed_time in self.call_history:
            record = summary.setdefault(
                function_name, {'elapsed_time': 0, 'occurrence': 0})
            record['elapsed_time'] += elapsed_time
            record['occurrence'] += 1
        return summary

    def _choose_unit(self, second):
        """Largest unit in which ``second`` is at least 1."""
        factor = 1
        for unit in ['sec', 'ms', 'us']:
            if second * factor >= 1:
                return factor, unit
            factor *= 1000.0
        return factor, 'ns'

    def print_report(self, unit='auto', file=sys.stdout):
        """Prints the summary as a table.

        Args:
            unit (str): 'sec', 'ms', 'us', 'ns', 'auto' (one unit fitting
                the largest time) or 'auto_foreach' (a unit per row).
        """
        entries = [['FunctionName', 'ElapsedTime', 'Occurrence']]
        summary = self.summary()
        auto_foreach = unit == 'auto_foreach'
        if unit == 'auto':
            factor, unit = self._choose_unit(
                max(r['elapsed_time'] for r in summary.values()))
        elif not auto_foreach:
            factor = self.table[unit]
        for function_name, record in summary.items():
            second = record['elapsed_time']
            if auto_foreach:
                factor, unit = self._choose_unit(second)
            entries.append([function_name,
                            '%3.2f%s' % (second * factor, unit),
                            str(record['occurrence'])])
        _common._format_table(entries, file)
