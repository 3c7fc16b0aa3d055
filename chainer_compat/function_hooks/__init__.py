"""``chainer.function_hooks``.

Function hooks fire around user-defined ``FunctionNode``/``Function``
applications (forward and backward).  Built-in functions are torch
compositions and do not call hooks (divergence D-008).
"""
from chainer_compat.function_hooks.cuda_profile import CUDAProfileHook  # NOQA
from chainer_compat.function_hooks.cupy_memory_profile import CupyMemoryProfileHook  # NOQA
from chainer_compat.function_hooks.debug_print import PrintHook  # NOQA
from chainer_compat.function_hooks.timer import TimerHook  # NOQA
