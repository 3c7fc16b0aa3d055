"""``TimerHook``: elapsed time per function."""
import numpy

from chainer_compat import backend
from chainer_compat import function_hook
from chainer_compat.function_hooks import _common
from chainer_compat.function_hooks import _timer_common


class TimerHook(_timer_common._TimerCore, function_hook.FunctionHook):

    """Function hook measuring the elapsed time of functions (Chainer API).

    ``call_history`` holds ``(function name, seconds)`` pairs; nested calls
    count once in :meth:`total_time`.  On GPU arrays the time is measured
    with torch CUDA events (Chainer uses CuPy events).
    """

    name = 'TimerHook'
    _report_header = 'FunctionName'

    def __init__(self):
        _timer_common._TimerCore.__init__(self)

    def forward_preprocess(self, function, in_data):
        self.xp = backend.get_array_module(*in_data)
        self._start(self.xp is numpy)

    def backward_preprocess(self, function, in_data, out_grad):
        self.xp = backend.get_array_module(*(in_data + out_grad))
        self._start(self.xp is numpy)

    def forward_postprocess(self, function, in_data):
        assert backend.get_array_module(*in_data) == self.xp
        self._stop(self.xp is numpy, _common._impl_name(function))

    def backward_postprocess(self, function, in_data, out_grad):
        assert backend.get_array_module(*(in_data + out_grad)) == self.xp
        self._stop(self.xp is numpy, _common._impl_name(function))

    def summary(self):
        """``{function name: {'elapsed_time': s, 'occurrence': n}}``."""
        return self._summarize(dict)
