"""Old-style ``chainer.Function`` and the backprop-mode context managers."""
import weakref

import numpy
import torch

import chainer_compat
from chainer_compat import configuration
from chainer_compat import function_node
from chainer_compat import variable
from chainer_compat.function_hook import FunctionHook  # NOQA


class _BackpropModeContext(object):

    def __init__(self, contexts):
        self.contexts = contexts

    def __enter__(self):
        for c in self.contexts:
            c.__enter__()

    def __exit__(self, typ, value, traceback):
        for c in reversed(self.contexts):
            c.__exit__(typ, value, traceback)


def no_backprop_mode():
    """Make a context manager which disables back-propagation.

    ``chainer.config.enable_backprop`` is torch's grad mode, so this is
    ``torch.no_grad()`` as well.
    """
    return _BackpropModeContext(
        (configuration.using_config('enable_backprop', False),))


def force_backprop_mode():
    """Make a context manager which enables back-propagation."""
    return _BackpropModeContext(
        (configuration.using_config('enable_backprop', True),))


class FunctionAdapter(function_node.FunctionNode):

    """Adapter class to wrap an old-style :class:`Function` as a node."""

    _function = None
    _weak_function = None

    def __init__(self, function):
        super(FunctionAdapter, self).__init__()
        self._weak_function = weakref.ref(function)
        function._owned_node = self

    @property
    def function(self):
        func = self._function
        if func is not None:
            return func
        weak_func = self._weak_function
        return weak_func and weak_func()

    @property
    def label(self):
        return self._function.label

    @property
    def _impl_name(self):
        return self._function.__class__.__name__

    def check_type_forward(self, in_types):
        self._function.check_type_forward(in_types)

    def forward(self, inputs):
        # Old-style functions retain all inputs.
        self.retain_inputs(tuple(range(len(inputs))))
        return self._function.forward(inputs)

    def backward(self, target_input_indexes, grad_outputs):
        retained_inputs = self.get_retained_inputs()
        in_data = [None] * len(self.inputs)
        for retained, i_in in zip(retained_inputs,
                                  self._input_indexes_to_retain):
            in_data[i_in] = None if retained is None else retained.array
        in_data = tuple(in_data)
        grad_out_data = tuple([None if grad is None else grad.array
                               for grad in grad_outputs])
        gxs = self._function.backward(in_data, grad_out_data)
        for x, gx in zip(self.inputs, gxs):
            if gx is not None:
                variable._check_grad_type(self, x, True, gx)
        ret = []
        for i in target_input_indexes:
            if gxs[i] is None:
                g = None
            else:
                g = variable.Variable(numpy.asarray(gxs[i])
                                      if numpy.isscalar(gxs[i]) else gxs[i])
                g.node._old_style_grad_generator = self._function.label
                if torch.is_grad_enabled():
                    # Double backprop: the grad must raise when
                    # differentiated again (Chainer's old-style rule).
                    t = _OldStyleGrad.apply(
                        g._t.detach().requires_grad_(
                            g._t.is_floating_point()),
                        self._function.label)
                    g = variable.Variable._from_tensor(t, True)
            ret.append(g)
        return tuple(ret)


def _old_style_error(label):
    return RuntimeError(
        'cannot twice-differentiate an old style Function "%s"' % label)


class _OldStyleGrad(torch.autograd.Function):
    """Marks a gradient computed by an old-style Function (not
    differentiable): backprop through it raises as in Chainer."""

    @staticmethod
    def forward(ctx, t, label):
        ctx.label = label
        return t.view_as(t)

    @staticmethod
    def backward(ctx, grad):
        raise _old_style_error(ctx.label)


def _find_old_style_grad(tensors):
    """Label of an old-style gradient node behind ``tensors`` (or None)."""
    seen = set()
    stack = [t.grad_fn for t in tensors if t is not None]
    while stack:
        fn = stack.pop()
        if fn is None or fn in seen:
            continue
        seen.add(fn)
        if type(fn).__name__ == '_OldStyleGradBackward':
            return True
        stack.extend(f for f, _ in fn.next_functions)
    return False


class Function(object):

    """Old-style interface of a differentiable function (Chainer API).

    ``forward``/``backward`` work on arrays; the gradient is not itself
    differentiable (as in Chainer).
    """

    _node = None
    _owned_node = None

    def __call__(self, *inputs):
        node = self.node
        node._function = self
        node._weak_function = None
        self._node = weakref.ref(node)
        self._owned_node = None
        ret = node.apply(inputs)
        if len(ret) == 1:
            return ret[0]
        return tuple(ret)

    @property
    def inputs(self):
        return self.node.inputs

    @property
    def outputs(self):
        return self.node.outputs

    @property
    def node(self):
        noderef = self._node
        nd = (noderef() if noderef is not None else self._owned_node)
        if nd is None:
            nd = FunctionAdapter(self)
            self._owned_node = nd
        return nd

    @property
    def local_function_hooks(self):
        return self.node.local_function_hooks

    @property
    def label(self):
        return self.__class__.__name__

    @property
    def output_data(self):
        return self.node.output_data

    @property
    def rank(self):
        return self.node.rank

    @property
    def stack(self):
        return self.node.stack

    def check_type_forward(self, in_types):
        pass

    def forward(self, inputs):
        if any(isinstance(x, numpy.ndarray) for x in inputs):
            return self.forward_cpu(inputs)
        return self.forward_gpu(inputs)

    def forward_cpu(self, inputs):
        raise NotImplementedError()

    def forward_gpu(self, inputs):
        raise NotImplementedError()

    def backward(self, inputs, grad_outputs):
        if any(isinstance(x, numpy.ndarray) for x in inputs + grad_outputs):
            return self.backward_cpu(inputs, grad_outputs)
        return self.backward_gpu(inputs, grad_outputs)

    def backward_cpu(self, inputs, grad_outputs):
        return tuple(None for _ in inputs)

    def backward_gpu(self, inputs, grad_outputs):
        return tuple(None for _ in inputs)

    def unchain(self):
        self.node.unchain()

    def add_hook(self, hook, name=None):
        self.node.add_hook(hook, name)

    def delete_hook(self, name):
        self.node.delete_hook(name)

    def retain_inputs(self, indexes):
        self.node.retain_inputs(indexes)

    def retain_outputs(self, indexes, retain_after_backward=False):
        self.node.retain_outputs(indexes)
