"""``chainer.training.extensions.DumpGraph`` (alias ``dump_graph``)."""
import os
import subprocess

from chainer_compat import configuration
from chainer_compat import variable
from chainer_compat.training import extension
from chainer_compat.utils import argument


def is_return_code_zero(args):
    """True when the command runs and exits with status 0."""
    with open(os.devnull, 'wb') as FNULL:
        try:
            subprocess.check_call(args, stdout=FNULL, stderr=FNULL)
        except subprocess.CalledProcessError:
            return False
        except OSError:
            return False
        return True


def is_graphviz_available():
    """True when Graphviz's ``dot`` is available."""
    return is_return_code_zero(['dot', '-V'])


_var_style = {'shape': 'octagon', 'fillcolor': '#E0E0E0', 'style': 'filled'}
_func_style = {'shape': 'record', 'fillcolor': '#6495ED', 'style': 'filled'}


class DumpGraph(extension.Extension):

    """Dumps the computational graph of ``trainer.observation[root_name]``
    once (after the first iteration) to ``<out>/<filename>`` in Graphviz dot
    format, plus a PNG when ``dot`` is available.  ``keep_graph_on_report``
    is enabled until then so the reported Variable keeps its graph."""

    default_name = 'dump_graph'

    def __init__(self, root_name, filename=None,
                 variable_style=None, function_style=None, **kwargs):
        out_name, = argument.parse_kwargs(kwargs, ('out_name', 'cg.dot'))
        if filename is None:
            filename = out_name

        self._root_name = root_name
        self._filename = filename
        if variable_style is None:
            variable_style = _var_style
        self._variable_style = variable_style
        if function_style is None:
            function_style = _func_style
        self._function_style = function_style
        self._original_flag = None
        self._flag_called = False

    def initialize(self, trainer):
        if not self._flag_called:
            self._original_flag = configuration.config.keep_graph_on_report
            configuration.config.keep_graph_on_report = True

    def trigger(self, trainer):
        if self._flag_called:
            return False
        self._flag_called = True
        return True

    def __call__(self, trainer):
        from chainer_compat import computational_graph
        try:
            var = trainer.observation[self._root_name]
            if not isinstance(var, variable.Variable):
                raise TypeError('root value is not a Variable')
            cg = computational_graph.build_computational_graph(
                [var],
                variable_style=self._variable_style,
                function_style=self._function_style
            ).dump()

            filename = os.path.join(trainer.out, self._filename)
            with open(filename, 'w') as f:
                f.write(cg)
            if is_graphviz_available():
                img_fn = os.path.splitext(self._filename)[0] + '.png'
                image_filename = os.path.join(trainer.out, img_fn)
                subprocess.check_call(
                    ['dot', '-Tpng', filename, '-o', image_filename])
        finally:
            configuration.config.keep_graph_on_report = self._original_flag

    def serialize(self, serializer):
        self._original_flag = serializer('_original_flag',
                                         self._original_flag)
        self._flag_called = serializer('_flag_called', self._flag_called)
