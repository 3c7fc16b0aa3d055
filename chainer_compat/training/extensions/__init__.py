"""Trainer extensions (``chainer.training.extensions``)."""
from chainer_compat.training.extensions._snapshot import snapshot  # NOQA
from chainer_compat.training.extensions._snapshot import snapshot_object  # NOQA
from chainer_compat.training.extensions.computational_graph import DumpGraph  # NOQA
from chainer_compat.training.extensions.evaluator import Evaluator  # NOQA
from chainer_compat.training.extensions.exponential_shift import ExponentialShift  # NOQA
from chainer_compat.training.extensions.fail_on_nonnumber import FailOnNonNumber  # NOQA
from chainer_compat.training.extensions.inverse_shift import InverseShift  # NOQA
from chainer_compat.training.extensions.linear_shift import LinearShift  # NOQA
from chainer_compat.training.extensions.log_report import LogReport  # NOQA
from chainer_compat.training.extensions.micro_average import MicroAverage  # NOQA
from chainer_compat.training.extensions.multistep_shift import MultistepShift  # NOQA
from chainer_compat.training.extensions.parameter_statistics import ParameterStatistics  # NOQA
from chainer_compat.training.extensions.plot_report import PlotReport  # NOQA
from chainer_compat.training.extensions.polynomial_shift import PolynomialShift  # NOQA
from chainer_compat.training.extensions.print_report import PrintReport  # NOQA
from chainer_compat.training.extensions.progress_bar import ProgressBar  # NOQA
from chainer_compat.training.extensions.step_shift import StepShift  # NOQA
from chainer_compat.training.extensions.value_observation import observe_lr  # NOQA
from chainer_compat.training.extensions.value_observation import observe_value  # NOQA
from chainer_compat.training.extensions.variable_statistics_plot import VariableStatisticsPlot  # NOQA
from chainer_compat.training.extensions.variable_unchain import unchain_variables  # NOQA
from chainer_compat.training.extensions.warmup_shift import WarmupShift  # NOQA

# Alias
from chainer_compat.training.extensions.computational_graph import DumpGraph as dump_graph  # NOQA
