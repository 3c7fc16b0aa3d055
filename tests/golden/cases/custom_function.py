"""User-defined old-style ``chainer.Function`` (forward_cpu/backward_cpu)
and ``FunctionNode`` (forward/backward on Variables), run unchanged."""
import numpy

from tests.golden.registry import case


def _classes(ch):
    class ScaledSquare(ch.Function):
        """y = a * x^2 written with numpy, old-style API."""

        def __init__(self, a):
            self.a = a

        def check_type_forward(self, in_types):
            ch.utils.type_check.expect(in_types.size() == 1,
                                       in_types[0].dtype.kind == 'f')

        def forward_cpu(self, inputs):
            x, = inputs
            return ch.utils.force_array(self.a * x * x).astype(x.dtype),

        def backward_cpu(self, inputs, grad_outputs):
            x, = inputs
            gy, = grad_outputs
            return ch.utils.force_array(2 * self.a * x * gy).astype(x.dtype),

    class Cube(ch.FunctionNode):
        """y = x^3 with a differentiable backward (double backprop)."""

        def forward(self, inputs):
            self.retain_inputs((0,))
            x, = inputs
            return ch.utils.force_array(x * x * x),

        def backward(self, indexes, grad_outputs):
            x, = self.get_retained_inputs()
            gy, = grad_outputs
            return 3 * x * x * gy,

    return ScaledSquare, Cube


@case('old_style_function_mlp', dtypes=('float32', 'float64'))
def old_style_function_mlp(ch, dtype):
    ScaledSquare, Cube = _classes(ch)
    F = ch.functions
    rng = numpy.random.RandomState(3)
    W = ch.Variable(rng.randn(4, 3).astype(dtype))
    x = ch.Variable(rng.randn(2, 3).astype(dtype))
    h = ScaledSquare(0.5)(F.linear(x, W))
    y = F.sum(Cube().apply((F.tanh(h),))[0])
    y.backward()
    out = {'h': h.array, 'y': y.array, 'gW': W.grad, 'gx': x.grad}
    # double backprop through the FunctionNode: d/dx sum((dy/dx)^2)
    x2 = ch.Variable(rng.randn(5).astype(dtype))
    z = F.sum(Cube().apply((x2,))[0])
    gx, = ch.grad([z], [x2], enable_double_backprop=True)
    F.sum(gx * gx).backward()
    out.update({'gx2': gx.array, 'ggx2': x2.grad})
    return out
