"""``chainer.training.extensions.unchain_variables``."""
from chainer_compat import configuration
from chainer_compat import variable
from chainer_compat.training import extension


class unchain_variables(extension.Extension):

    """Unchains the graphs of reported Variables after each iteration when
    ``keep_graph_on_report`` was set (frees the graph memory)."""

    priority = 0

    def __init__(self):
        self._prev_flag = None

    def initialize(self, _):
        self._prev_flag = configuration.config.keep_graph_on_report

    def trigger(self, _):
        flag = self._prev_flag
        self._prev_flag = configuration.config.keep_graph_on_report
        return flag

    def __call__(self, trainer):
        for var in trainer.observation.values():
            if isinstance(var, variable.Variable):
                var.unchain_backward()
