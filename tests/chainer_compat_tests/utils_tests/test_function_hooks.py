import io
import re

import numpy
import pytest
import torch

import chainer_compat as chainer
from chainer_compat import function_hooks


class Double(chainer.FunctionNode):

    def forward(self, inputs):
        return inputs[0] * 2,

    def backward(self, indexes, grad_outputs):
        return grad_outputs[0] * 2,


class OldStyle(chainer.Function):

    def forward(self, inputs):
        self.retain_inputs((0,))
        return inputs[0],

    def backward(self, inputs, grads):
        return grads[0],


def _x():
    return chainer.Variable(numpy.ones((2, 3), numpy.float32))


def test_timer_hook_records_user_functions():
    hook = function_hooks.TimerHook()
    with hook:
        y = Double().apply((_x(),))[0]
        z = Double().apply((y,))[0]
        z.grad = numpy.ones((2, 3), numpy.float32)
        z.backward()
    names = [name for name, _ in hook.call_history]
    assert names == ['Double'] * 4  # 2 forward + 2 backward
    assert all(t >= 0 for _, t in hook.call_history)
    summary = hook.summary()
    assert summary['Double']['occurrence'] == 4
    assert hook.total_time() == pytest.approx(
        sum(t for _, t in hook.call_history))
    out = io.StringIO()
    hook.print_report(unit='ms', file=out)
    lines = out.getvalue().splitlines()
    assert re.match(r'^FunctionName +ElapsedTime +Occurrence$', lines[0])
    assert re.match(r'^ +Double +[0-9.]+ms +4$', lines[1])


def test_timer_hook_old_style_name():
    hook = function_hooks.TimerHook()
    with hook:
        OldStyle()(_x())
    assert [n for n, _ in hook.call_history] == ['OldStyle']


def test_print_hook_forward():
    out = io.StringIO()
    with function_hooks.PrintHook(file=out):
        Double().apply((_x(),))
    text = out.getvalue()
    assert text.startswith('function\tDouble\ninput data\n<variable at 0x')
    assert '- shape: (2, 3)\n- dtype: float32\n' in text


def test_print_hook_sep_deprecated():
    with pytest.warns(DeprecationWarning):
        function_hooks.PrintHook(sep=' ')


def test_local_hook_via_add_hook():
    hook = function_hooks.TimerHook()
    f = Double()
    f.add_hook(hook)
    f.apply((_x(),))
    assert [n for n, _ in hook.call_history] == ['Double']


@pytest.mark.skipif(torch.cuda.is_available(), reason='needs no CUDA')
def test_gpu_hooks_raise_clearly_without_cuda():
    with pytest.raises(RuntimeError, match='CUDA environment'):
        function_hooks.CupyMemoryProfileHook()
    with pytest.raises(RuntimeError, match='CUDA environment'):
        function_hooks.CUDAProfileHook()


def test_hook_name_collision():
    with function_hooks.TimerHook():
        with pytest.raises(KeyError):
            with function_hooks.TimerHook():
                pass
