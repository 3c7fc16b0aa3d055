"""Golden case: a user-defined FunctionNode inside a WGAN-GP style gradient
penalty (double backprop through ch.grad) -- exercises function_node.py
together with the F3 connection / loss functions."""
import numpy

from tests.golden.registry import case


def _nodes(ch):
    class Square(ch.FunctionNode):
        def forward(self, inputs):
            x, = inputs
            self.retain_inputs((0,))
            return x * x,

        def backward(self, indexes, grad_outputs):
            x, = self.get_retained_inputs()
            gy, = grad_outputs
            return 2 * x * gy,

    class SoftExp(ch.FunctionNode):
        # y = exp(x) * a ; retains its output
        def __init__(self, a):
            self.a = a

        def forward(self, inputs):
            x, = inputs
            y = numpy.exp(x) * x.dtype.type(self.a)
            self.retain_outputs((0,))
            return y,

        def backward(self, indexes, grad_outputs):
            y, = self.get_retained_outputs()
            gy, = grad_outputs
            return y * gy,
    return Square, SoftExp


@case('wgan_gp_custom_function_node', dtypes=('float32', 'float64'))
def wgan_gp_custom_function_node(ch, dtype):
    F = ch.functions
    Square, SoftExp = _nodes(ch)
    r = numpy.random.RandomState(0)
    real = r.randn(4, 3).astype(dtype)
    fake = r.randn(4, 3).astype(dtype)
    eps = r.uniform(0, 1, (4, 1)).astype(dtype)
    W1 = ch.Variable((r.randn(5, 3) * 0.5).astype(dtype))
    b1 = ch.Variable((r.randn(5) * 0.1).astype(dtype))
    W2 = ch.Variable((r.randn(1, 5) * 0.5).astype(dtype))
    x = ch.Variable(eps * real + (1 - eps) * fake)
    h = F.linear(x, W1, b1)
    h = Square().apply((h,))[0]
    h = SoftExp(0.5).apply((h * 0.1,))[0]
    y = F.linear(h, W2)
    gx, = ch.grad([y], [x], grad_outputs=[ch.Variable(
        numpy.ones(y.shape, dtype))], enable_double_backprop=True)
    sq = F.linear(gx * gx, ch.Variable(numpy.ones((1, 3), dtype)))
    norm = sq ** 0.5
    gp = F.mean_squared_error(norm, numpy.ones(norm.shape, dtype))
    critic = F.mean_absolute_error(y, numpy.zeros(y.shape, dtype))
    loss = critic + 10 * gp
    loss.backward()
    return {'y': y.array, 'gx': gx.array, 'gp': gp.array, 'loss': loss.array,
            'gW1': W1.grad, 'gb1': b1.grad, 'gW2': W2.grad, 'gxin': x.grad}
