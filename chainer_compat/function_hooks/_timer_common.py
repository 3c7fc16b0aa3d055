"""Timing and reporting shared by the function and link ``TimerHook``s
(private)."""
import sys
import time

from chainer_compat.function_hooks import _common

_get_time = time.perf_counter


class _TimerCore(object):

    """Nested start/stop timing on CPU (``time.perf_counter``) or CUDA
    (torch events; Chainer uses CuPy's), the call history and its report.

    Subclasses set ``_report_header`` and define ``summary`` (Chainer's
    function hook returns a dict, the link hook an OrderedDict)."""

    table = {'sec': 1, 'ms': 10 ** 3, 'us': 10 ** 6, 'ns': 10 ** 9}
    _report_header = 'Name'

    def __init__(self):
        self.call_history = []
        self._running_stack = []
        self._depth = 0
        self._total_time = 0

    def _start(self, on_cpu):
        if on_cpu:
            self._running_stack.append(_get_time())
        else:
            import torch
            start = torch.cuda.Event(enable_timing=True)
            stop = torch.cuda.Event(enable_timing=True)
            start.record()
            self._running_stack.append((start, stop))
        self._depth += 1

    def _stop(self, on_cpu, name):
        if on_cpu:
            elapsed_time = _get_time() - self._running_stack.pop()
        else:
            start, stop = self._running_stack.pop()
            stop.record()
            stop.synchronize()
            # torch reports milliseconds
            elapsed_time = start.elapsed_time(stop) / 1000
        self.call_history.append((name, elapsed_time))
        assert self._depth > 0
        self._depth -= 1
        if self._depth == 0:
            self._total_time += elapsed_time

    def total_time(self):
        """Returns total elapsed time in seconds."""
        return self._total_time

    def _summarize(self, container):
        summary = container()
        for name, elapsed_time in self.call_history:
            record = summary.setdefault(
                name, {'elapsed_time': 0, 'occurrence': 0})
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
        entries = [[self._report_header, 'ElapsedTime', 'Occurrence']]
        summary = self.summary()
        auto_foreach = unit == 'auto_foreach'
        if unit == 'auto':
            factor, unit = self._choose_unit(
                max(r['elapsed_time'] for r in summary.values()))
        elif not auto_foreach:
            factor = self.table[unit]
        for name, record in summary.items():
            second = record['elapsed_time']
            if auto_foreach:
                factor, unit = self._choose_unit(second)
            entries.append([name, '%3.2f%s' % (second * factor, unit),
                            str(record['occurrence'])])
        _common._format_table(entries, file)
