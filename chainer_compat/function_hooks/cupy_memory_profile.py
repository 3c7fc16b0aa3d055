"""``CupyMemoryProfileHook``: memory used per function (needs CuPy)."""
import collections
import sys

from chainer_compat.backends import cuda
from chainer_compat import function_hook
from chainer_compat.function_hooks import _common

try:
    MemoryHook = cuda.cupy.cuda.memory_hook.MemoryHook
    memory_hook_available = True
    _resolution_error = None
except Exception as e:  # cupy missing: the placeholder raises on access
    _resolution_error = e
    MemoryHook = object
    memory_hook_available = False


class CupyMemoryProfileHook(function_hook.FunctionHook):

    """Measures the bytes each function takes from CuPy's memory pool
    (Chainer API).  It needs CUDA and CuPy: chainer_compat's GPU arrays are
    torch tensors allocated by torch's caching allocator, which CuPy's pool
    does not see (divergence D-104)."""

    name = 'CupyMemoryProfileHook'
    _units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB']
    _table = {u: 1024.0 ** i for i, u in enumerate(_units)}

    def __init__(self):
        cuda.check_cuda_available()
        if not memory_hook_available:
            raise RuntimeError(
                'CupyMemoryProfileHook needs CuPy >= 2.0, which is not '
                'available (chainer_compat GPU arrays are torch tensors; see '
                'docs/divergences.md D-104). %s' % str(_resolution_error))
        self.call_history = []
        self._memory_hook = CupyMemoryCumulativeHook()
        self._running_stack = []
        self._total_used_bytes = 0
        self._total_acquired_bytes = 0

    def added(self, function=None):
        self._memory_hook.__enter__()

    def deleted(self, function=None):
        self._memory_hook.__exit__()

    def _preprocess(self):
        self._running_stack.append((self._memory_hook.used_bytes,
                                    self._memory_hook.acquired_bytes))

    def forward_preprocess(self, function, in_data):
        self._preprocess()

    def backward_preprocess(self, function, in_data, out_grad):
        self._preprocess()

    def _postprocess(self, function):
        start_used, start_acquired = self._running_stack.pop()
        used = self._memory_hook.used_bytes - start_used
        acquired = self._memory_hook.acquired_bytes - start_acquired
        depth = len(self._running_stack)
        self.call_history.append(
            (_common._impl_name(function), used, acquired, depth))
        if depth == 0:
            self._total_used_bytes += used
            self._total_acquired_bytes += acquired

    def forward_postprocess(self, function, in_data):
        self._postprocess(function)

    def backward_postprocess(self, function, in_data, out_grad):
        self._postprocess(function)

    def total_used_bytes(self):
        """Returns total bytes that functions used from cupy memory pool."""
        return self._total_used_bytes

    def total_acquired_bytes(self):
        """Returns total bytes that cupy memory pool acquired from GPU."""
        return self._total_acquired_bytes

    def summary(self):
        """``{name: {'used_bytes', 'acquired_bytes', 'occurrence'}}``."""
        summary = collections.OrderedDict()
        for name, used, acquired, _ in self.call_history:
            record = summary.setdefault(
                name, {'used_bytes': 0, 'acquired_bytes': 0,
                       'occurrence': 0})
            record['used_bytes'] += used
            record['acquired_bytes'] += acquired
            record['occurrence'] += 1
        return summary

    def _choose_unit(self, size):
        """(divisor, unit) that keeps ``size`` below 1024 units."""
        denomi = 1.0
        if size <= 0:
            return denomi, self._units[0]
        for unit in self._units[:-1]:
            if size / (denomi * 1024) < 1:
                return denomi, unit
            denomi *= 1024
        return denomi, self._units[-1]

    def print_report(self, unit='auto', file=sys.stdout):
        """Prints the summary as a table (``unit`` as in TimerHook, with
        byte units 'B'...'ZB')."""
        entries = [['FunctionName', 'UsedBytes', 'AcquiredBytes',
                    'Occurrence']]
        summary = self.summary()
        if unit == 'auto':
            d_used, u_used = self._choose_unit(
                max(r['used_bytes'] for r in summary.values()))
            d_acq, u_acq = self._choose_unit(
                max(r['acquired_bytes'] for r in summary.values()))
        elif unit != 'auto_foreach':
            d_used = d_acq = self._table[unit]
            u_used = u_acq = unit
        for name, record in summary.items():
            used = record['used_bytes']
            acquired = record['acquired_bytes']
            if unit == 'auto_foreach':
                d_used, u_used = self._choose_unit(used)
                d_acq, u_acq = self._choose_unit(acquired)
            entries.append([name, '%3.2f%s' % (used / d_used, u_used),
                            '%3.2f%s' % (acquired / d_acq, u_acq),
                            str(record['occurrence'])])
        _common._format_table(entries, file)


class CupyMemoryCumulativeHook(MemoryHook):

    """CuPy memory hook counting bytes cumulatively (``used_bytes`` from the
    pool, ``acquired_bytes`` from the device)."""

    name = 'CupyMemoryCumulativeHook'

    def __init__(self):
        self.used_bytes = 0
        self.acquired_bytes = 0

    def alloc_preprocess(self, **kwargs):
        self.acquired_bytes += kwargs['mem_size']

    def malloc_preprocess(self, **kwargs):
        self.used_bytes += kwargs['mem_size']
