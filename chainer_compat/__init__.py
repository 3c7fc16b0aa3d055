"""chainer_compat: Chainer 7.8.1's API over PyTorch.

``import chainer_compat as chainer`` always works; after installation
``import chainer`` resolves here too when no real Chainer is installed (see
``_chainer_compat_alias``), and ``python -m chainer_compat script.py`` runs a
script on the facade even beside a real Chainer.
"""
import collections
import os
import threading
import warnings as builtin_warnings  # NOQA

import numpy

from chainer_compat import _version
from chainer_compat.configuration import config  # NOQA
from chainer_compat.configuration import global_config  # NOQA
from chainer_compat.configuration import using_config  # NOQA

__version__ = _version.__version__

_thread_local = threading.local()
_array_types = None
_cpu_array_types = None


class _FallbackType(object):
    def __repr__(self):
        return 'Fallback'


Fallback = _FallbackType()


def get_function_hooks():
    try:
        ret = _thread_local.function_hooks
    except AttributeError:
        ret = collections.OrderedDict()
        _thread_local.function_hooks = ret
    return ret


def _get_link_hooks():
    try:
        ret = _thread_local.link_hooks
    except AttributeError:
        ret = collections.OrderedDict()
        _thread_local.link_hooks = ret
    return ret


class _Mixed16(object):

    dtype = numpy.dtype(numpy.float16)

    def __repr__(self):
        return "dtype('mixed16')"


mixed16 = _Mixed16()

global_config.debug = bool(int(os.environ.get('CHAINER_DEBUG', '0')))
global_config.cudnn_deterministic = False
global_config.warn_nondeterministic = False
global_config.enable_backprop = True
global_config.keep_graph_on_report = bool(int(
    os.environ.get('CHAINER_KEEP_GRAPH_ON_REPORT', '0')))
global_config.train = True
global_config.type_check = bool(int(os.environ.get('CHAINER_TYPE_CHECK', '1')))
global_config.use_cudnn = os.environ.get('CHAINER_USE_CUDNN', 'auto')
global_config.use_cudnn_tensor_core = 'auto'
global_config.autotune = False
global_config.schedule_func = None
global_config.use_static_graph = True
global_config.use_ideep = os.environ.get('CHAINER_USE_IDEEP', 'never')
global_config.lazy_grad_sum = bool(int(
    os.environ.get('CHAINER_LAZY_GRAD_SUM', '0')))
global_config.cudnn_fast_batch_normalization = bool(int(
    os.environ.get('CHAINER_CUDNN_FAST_BATCH_NORMALIZATION', '0')))
_chainer_dtype = os.environ.get('CHAINER_DTYPE', 'float32')
if _chainer_dtype in ('float16', 'float32', 'float64'):
    global_config.dtype = numpy.dtype(_chainer_dtype)
elif _chainer_dtype == 'mixed16':
    global_config.dtype = mixed16
else:
    raise TypeError('incorrect dtype name in CHAINER_DTYPE: "{}". '
                    'Only float16/32/64 are allowed.'.format(_chainer_dtype))
global_config.in_recomputing = False
global_config._will_recompute = False
global_config.compute_mode = None


def is_debug():
    """Returns if the debug mode is enabled or not in the current thread."""
    return bool(config.__getattr__('debug'))


def set_debug(debug):
    """Enables or disables the debug mode in the current thread."""
    config.debug = debug


class DebugMode(object):
    """Debug mode context (deprecated in Chainer; use using_config)."""

    def __init__(self, debug):
        builtin_warnings.warn(
            'chainer.DebugMode is deprecated. '
            'Use chainer.using_config("debug", ...) instead.',
            DeprecationWarning)
        self._using = using_config('debug', debug)

    def __enter__(self):
        self._using.__enter__()

    def __exit__(self, *args):
        self._using.__exit__(*args)


def get_dtype(dtype=None, map_mixed16=None):
    """Resolves Chainer's default dtype."""
    if dtype is None:
        dtype = config.dtype
    if dtype is mixed16 and map_mixed16 is not None:
        dtype = map_mixed16
    return numpy.dtype(dtype)


def get_compute_mode():
    return config.compute_mode


from chainer_compat import backends  # NOQA
from chainer_compat import backend  # NOQA
from chainer_compat import variable  # NOQA
from chainer_compat import initializers  # NOQA
from chainer_compat import functions  # NOQA
from chainer_compat import links  # NOQA
from chainer_compat import optimizers  # NOQA
from chainer_compat import dataset  # NOQA
from chainer_compat import datasets  # NOQA
from chainer_compat import distributions  # NOQA
from chainer_compat import function_hooks  # NOQA
from chainer_compat import graph_optimizations  # NOQA
from chainer_compat import iterators  # NOQA
from chainer_compat import serializers  # NOQA
from chainer_compat import training  # NOQA
from chainer_compat import warnings  # NOQA
from chainer_compat._backprop import backward  # NOQA
from chainer_compat._runtime_info import print_runtime_info  # NOQA
from chainer_compat.backend import get_device  # NOQA
from chainer_compat.backend import using_device  # NOQA
from chainer_compat.backends.cuda import should_use_cudnn  # NOQA
from chainer_compat.backends.cuda import should_use_cudnn_tensor_core  # NOQA
from chainer_compat.device_resident import DeviceResident  # NOQA
from chainer_compat.distribution import cross_entropy  # NOQA
from chainer_compat.distribution import Distribution  # NOQA
from chainer_compat.distribution import kl_divergence  # NOQA
from chainer_compat.distribution import register_kl  # NOQA
from chainer_compat.function import force_backprop_mode  # NOQA
from chainer_compat.function import Function  # NOQA
from chainer_compat.function import FunctionAdapter  # NOQA
from chainer_compat.function import no_backprop_mode  # NOQA
from chainer_compat.function_hook import FunctionHook  # NOQA
from chainer_compat.function_node import FunctionNode  # NOQA
from chainer_compat.function_node import grad  # NOQA
from chainer_compat.functions import array  # NOQA
from chainer_compat.functions.math import basic_math  # NOQA
from chainer_compat.graph_optimizations.static_graph import static_graph  # NOQA
from chainer_compat.graph_optimizations.static_graph_utilities import static_code  # NOQA
from chainer_compat.initializer import Initializer  # NOQA
from chainer_compat.link import Chain  # NOQA
from chainer_compat.link import ChainList  # NOQA
from chainer_compat.link import Link  # NOQA
from chainer_compat.link_hook import LinkHook  # NOQA
from chainer_compat.optimizer import GradientMethod  # NOQA
from chainer_compat.optimizer import Optimizer  # NOQA
from chainer_compat.optimizer import UpdateRule  # NOQA
from chainer_compat.reporter import DictSummary  # NOQA
from chainer_compat.reporter import get_current_reporter  # NOQA
from chainer_compat.reporter import report  # NOQA
from chainer_compat.reporter import report_scope  # NOQA
from chainer_compat.reporter import Reporter  # NOQA
from chainer_compat.reporter import Summary  # NOQA
from chainer_compat.sequential import Sequential  # NOQA
from chainer_compat.serializer import AbstractSerializer  # NOQA
from chainer_compat.serializer import Deserializer  # NOQA
from chainer_compat.serializer import Serializer  # NOQA
from chainer_compat.variable import as_array  # NOQA
from chainer_compat.variable import as_variable  # NOQA
from chainer_compat.variable import Parameter  # NOQA
from chainer_compat.variable import Variable  # NOQA
from chainer_compat import cuda  # NOQA
from chainer_compat import chainerx  # NOQA
from chainer_compat import utils  # NOQA
from chainer_compat import computational_graph  # NOQA
from chainer_compat import memory_layouts  # NOQA
from chainer_compat import types  # NOQA


def _load_array_types():
    global _array_types
    global _cpu_array_types
    if _array_types is None:
        array_types = [numpy.ndarray]
        cpu_array_types = [numpy.ndarray]
        if backends.cuda.available:
            array_types.append(backends.cuda.ndarray)
        _array_types = tuple(array_types)
        _cpu_array_types = tuple(cpu_array_types)


def get_array_types():
    _load_array_types()
    return _array_types


def get_cpu_array_types():
    _load_array_types()
    return _cpu_array_types


def is_arrays_compatible(arrays):
    arrays = [a for a in arrays if a is not None]
    if not arrays:
        return True
    if isinstance(arrays[0], backends.cuda.ndarray):
        types = backends.cuda.ndarray
    else:
        types = get_cpu_array_types()
    return all([isinstance(a, types) for a in arrays])


# Chainer: a module-level flag read by chainer.utils.experimental.
disable_experimental_feature_warning = False
