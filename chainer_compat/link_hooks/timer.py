"""``chainer.link_hooks.TimerHook``: wall time per link forward."""
import collections
import sys
import time

import torch

from chainer_compat import link_hook

_get_time = time.perf_counter


class TimerHook(link_hook.LinkHook):

    """Link hook measuring the elapsed time of each link's forward.

    On CPU it uses ``time.perf_counter``; links on CUDA are timed with
    ``torch.cuda.Event`` (Chainer: ``cupy.cuda.Event``).
    """

    name = 'TimerHook'
    table = {'sec': 1, 'ms': 10 ** 3, 'us': 10 ** 6, 'ns': 10 ** 9}

    def __init__(self):
        self.call_history = []
        self._running_stack = []
        self._depth = 0
        self._total_time = 0

    def _is_cpu(self):
        return getattr(self.xp, '__name__', 'numpy') == 'numpy'

    def _preprocess(self):
        if self._is_cpu():
            start = _get_time()
            self._running_stack.append(start)
        else:
            start = torch.cuda.Event(enable_timing=True)
            stop = torch.cuda.Event(enable_timing=True)
            start.record()
            self._running_stack.append((start, stop))
        self._depth += 1

    def forward_preprocess(self, args):
        self.xp = args.link.xp
        self._preprocess()

    def _postprocess(self, link):
        if self._is_cpu():
            start = self._running_stack.pop()
            stop = _get_time()
            elapsed_time = stop - start
        else:
            start, stop = self._running_stack.pop()
            stop.record()
            stop.synchronize()
            # torch reports milliseconds
            elapsed_time = start.elapsed_time(stop) / 1000
        self.call_history.append((link.__class__.__name__, elapsed_time))
        assert self._depth > 0
        self._depth -= 1
        if self._depth == 0:
            self._total_time += elapsed_time

    def forward_postprocess(self, args):
        link = args.link
        assert link.xp == self.xp
        self._postprocess(link)

    def total_time(self):
        """Returns total elapsed time in seconds."""
        return self._total_time

    def summary(self):
        """``{link class name: {'elapsed_time': s, 'occurrence': n}}``."""
        summary = collections.OrderedDict()
        for link_name, elapsed_time in self.call_history:
            if link_name not in summary:
                summary[link_name] = {'elapsed_time': 0, 'occurrence': 0}
            record = summary[link_name]
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
        """Print a table of elapsed time and call count per link class.

        ``unit``: 'sec', 'ms', 'us', 'ns', 'auto' (one unit fitting the
        largest entry) or 'auto_foreach' (a unit per row).
        """
        entries = [['LinkName', 'ElapsedTime', 'Occurrence']]
        auto_foreach = (unit == 'auto_foreach')
        if unit == 'auto':
            max_time = max(
                record['elapsed_time'] for record in self.summary().values())
            factor, unit = self._choose_unit(max_time)
        elif not auto_foreach:
            factor = self.table[unit]
        for link_name, record in self.summary().items():
            second = record['elapsed_time']
            if auto_foreach:
                factor, unit = self._choose_unit(second)
            elapsed_time = '%3.2f%s' % (second * factor, unit)
            occurrence = str(record['occurrence'])
            entries.append([link_name, elapsed_time, occurrence])
        entry_widths = []
        entry_widths.append(max(len(f) for f, _, _ in entries))
        entry_widths.append(max(len(e) for _, e, _ in entries))
        entry_widths.append(max(len(o) for _, _, o in entries))
        template = '  '.join('{:>%d}' % w for w in entry_widths)
        for link_name, elapsed_time, occurrence in entries:
            line = template.format(link_name, elapsed_time, occurrence)
            file.write(line)
            file.write('\n')
        if hasattr(file, 'flush'):
            file.flush()
