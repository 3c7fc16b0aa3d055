"""``chainer.link_hooks.TimerHook``: wall time per link forward."""
import collections

from chainer_compat import link_hook
from chainer_compat.function_hooks import _timer_common


class TimerHook(_timer_common._TimerCore, link_hook.LinkHook):

    """Link hook measuring the elapsed time of each link's forward.

    On CPU it uses ``time.perf_counter``; links on CUDA are timed with
    ``torch.cuda.Event`` (Chainer: ``cupy.cuda.Event``).
    """

    name = 'TimerHook'
    _report_header = 'LinkName'

    def __init__(self):
        _timer_common._TimerCore.__init__(self)

    def _is_cpu(self):
        return getattr(self.xp, '__name__', 'numpy') == 'numpy'

    def forward_preprocess(self, args):
        self.xp = args.link.xp
        self._start(self._is_cpu())

    def forward_postprocess(self, args):
        link = args.link
        assert link.xp == self.xp
        self._stop(self._is_cpu(), link.__class__.__name__)

    def summary(self):
        """``{link class name: {'elapsed_time': s, 'occurrence': n}}``."""
        return self._summarize(collections.OrderedDict)
