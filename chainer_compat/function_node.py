"""``chainer.FunctionNode`` for user code, adapted onto torch autograd.

A user's ``FunctionNode`` subclass writes ``forward`` on arrays (numpy views
of the input tensors) and ``backward`` on Variables.  :meth:`apply` runs it
inside one ``torch.autograd.Function`` whose backward calls the user's
``backward`` with Variables -- so, as in Chainer, a backward written with
``chainer.functions`` is itself differentiable (double backprop).

Built-in functions do not go through here: they are torch compositions and
only carry a light :class:`_BuiltinNode` facade as their ``creator``.
"""
import collections
import weakref

import numpy
import torch

import chainer_compat
from chainer_compat import configuration
from chainer_compat._bridge import convert as _convert
from chainer_compat._bridge import int_grad as _int_grad
from chainer_compat.utils import type_check
from chainer_compat import variable as _variable

_Variable = _variable.Variable


class FunctionNode(object):

    """Function node of the computational graph (Chainer semantics)."""

    inputs = None
    outputs = None
    _input_indexes_to_retain = None
    _output_indexes_to_retain = None
    _retained_output_data = None
    _local_function_hooks = None
    _supports_static_optimizations = False
    _retained_in = None
    _retained_out = None
    _in_meta = None
    _real_outs = None
    lazy_grad_sum = False
    stack = None

    # Memory layouts (Chainer's experimental NHWC support) are not
    # supported (D-011): every array has the standard layout (None).
    chainerx_device = None
    is_elementwise = False
    _input_layouts = None
    _output_layouts = None

    @property
    def input_layouts(self):
        if self._input_layouts is None:
            return tuple(None for _ in (self.inputs or ()))
        return self._input_layouts

    @property
    def output_layouts(self):
        if self._output_layouts is None:
            return tuple(None for _ in (self.outputs or ()))
        return self._output_layouts

    @output_layouts.setter
    def output_layouts(self, layouts):
        assert isinstance(layouts, tuple)
        self._output_layouts = layouts

    def check_layout_forward(self, inputs):
        """Checks memory layouts of the inputs (all standard here)."""
        if self.is_elementwise:
            layouts = [getattr(x, 'layout', None) for x in inputs]
            if any(layout is not None for layout in layouts):
                raise RuntimeError(
                    'Inputs with mixed memory layouts were given to '
                    'an elementwise function.\nFunction: {}'.format(
                        self.label))

    @property
    def local_function_hooks(self):
        if self._local_function_hooks is None:
            self._local_function_hooks = collections.OrderedDict()
        return self._local_function_hooks

    @property
    def _n_local_function_hooks(self):
        return (0 if self._local_function_hooks is None
                else len(self._local_function_hooks))

    @property
    def label(self):
        """Short text that represents the function (class name)."""
        return self.__class__.__name__

    _rank = None

    @property
    def rank(self):
        """Topological ordering rank (settable, as in Chainer)."""
        rank = self._rank
        if rank is not None:
            return rank
        return _variable._function_rank(self)

    @rank.setter
    def rank(self, value):
        self._rank = value

    @property
    def output_data(self):
        if self._retained_output_data is None:
            raise RuntimeError('retained output data is gone')
        out_data = [None] * len(self.outputs)
        for index, data in zip(self._output_indexes_to_retain,
                               self._retained_output_data):
            out_data[index] = data
        return tuple(out_data)

    def apply(self, inputs):
        """Computes output variables and grows the computational graph."""
        if chainer_compat.is_debug():
            import traceback
            self.stack = traceback.extract_stack()
        input_vars = [_as_var(x) for x in inputs]
        in_tensors = [v._t for v in input_vars]
        in_data = tuple([_convert.to_array(t) for t in in_tensors])
        requires_grad = any([x.requires_grad for x in input_vars])

        if configuration.config.type_check:
            self._check_data_type_forward(in_data)

        hooks = chainer_compat.get_function_hooks()
        if self._n_local_function_hooks > 0:
            hooks = collections.OrderedDict(hooks)
            hooks.update(self.local_function_hooks)
        hooks = hooks.values()
        for hook in hooks:
            hook.forward_preprocess(self, in_data)

        grad_mode = torch.is_grad_enabled()
        # integer inputs Chainer would differentiate take part in the torch
        # graph through float64 carriers (_bridge/int_grad.py)
        carried = grad_mode and any(
            [_int_grad.needs_carrier(v) for v in input_vars])
        if carried:
            ag_tensors = [_int_grad.carrier_of(v)
                          if _int_grad.needs_carrier(v) else v._t
                          for v in input_vars]
        else:
            ag_tensors = in_tensors
        need_graph = grad_mode and any(
            t.requires_grad for t in ag_tensors)
        out_carriers = None
        if need_graph:
            outs = _FunctionNodeAutograd.apply(
                self, tuple(in_tensors) if carried else None, *ag_tensors)
            if not isinstance(outs, tuple):
                outs = (outs,)
            if carried:
                # float outputs: torch's (with grad_fn); integer outputs:
                # the real tensor, with the carrier beside it
                out_carriers = outs
                outs = tuple(a if r.is_floating_point() or r.is_complex()
                             or r.dtype == torch.bool else r
                             for a, r in zip(outs, self._real_outs))
                self._real_outs = None
        else:
            outs = self._forward_tensors(in_tensors)

        for hook in hooks:
            hook.forward_postprocess(self, in_data)

        if chainer_compat.is_debug():
            for t in outs:
                if chainer_compat.backend._contains_nan(t):
                    raise RuntimeError(
                        'NaN is detected on forward computation of '
                        '{}'.format(self.label))

        ret = []
        for k, t in enumerate(outs):
            v = _Variable._from_tensor(t, requires_grad)
            if need_graph:
                v._creator_obj = self
                if out_carriers is not None and out_carriers[k] is not t:
                    v._ghost = out_carriers[k]
            ret.append(v)
        if need_graph:
            self.inputs = tuple([x.node for x in input_vars])
            self.outputs = tuple([weakref.ref(y.node) for y in ret])
            for y in ret:
                # the node keeps its creator after the Variable is gone
                y._vnode._creator_node = self
            if self._input_indexes_to_retain is not None:
                for i in self._input_indexes_to_retain:
                    input_vars[i].retain_data()
            if self._output_indexes_to_retain is not None:
                for i in self._output_indexes_to_retain:
                    ret[i].retain_data()
                self._retained_output_data = tuple(
                    [ret[i].array for i in self._output_indexes_to_retain])
        return tuple(ret)

    def _forward_tensors(self, in_tensors):
        in_data = tuple([_convert.to_array(t) for t in in_tensors])
        self._input_indexes_to_retain = None
        self._output_indexes_to_retain = None
        with torch.no_grad():
            outputs = self.forward(in_data)
        if not isinstance(outputs, tuple):
            raise TypeError(
                'forward output must be a tuple ({})\n'
                'Actual: {}'.format(self.label, type(outputs)))
        result = []
        for y in outputs:
            if not _convert.is_array(y):
                raise TypeError(
                    'forward output must be a tuple of ndarrays.\n'
                    'Function: {}\n'
                    'Actual output types: {}'.format(
                        self.label, tuple(type(o) for o in outputs)))
            t = _convert.as_tensor(y)
            result.append(t)
        return tuple(result)

    def _check_data_type_forward(self, in_data):
        # As Chainer: a cheap light-mode check first; on failure, rerun with
        # the full expression types for the detailed message.
        try:
            with type_check.light_mode:
                self.check_type_forward(type_check.get_light_types(in_data))
            return
        except type_check.InvalidType:
            pass
        in_type = type_check.get_types(in_data, 'in_types', False)
        with type_check.get_function_check_context(self):
            self.check_type_forward(in_type)

    def check_type_forward(self, in_types):
        """Checks types of input data before forward propagation."""
        pass

    def forward(self, inputs):
        """Computes the output arrays from the input arrays."""
        assert len(inputs) > 0
        if isinstance(inputs[0], numpy.ndarray):
            return self.forward_cpu(inputs)
        return self.forward_gpu(inputs)

    def forward_cpu(self, inputs):
        raise NotImplementedError

    def forward_gpu(self, inputs):
        raise NotImplementedError

    def forward_chainerx(self, inputs):
        return chainer_compat.Fallback

    def retain_inputs(self, indexes):
        """Lets specified input variable nodes keep data arrays."""
        self._input_indexes_to_retain = indexes

    def retain_outputs(self, indexes):
        """Lets specified output variable nodes keep data arrays."""
        self._output_indexes_to_retain = indexes

    def backward(self, target_input_indexes, grad_outputs):
        """Computes gradients w.r.t. specified inputs given output grads."""
        return (None,) * len(target_input_indexes)

    def backward_accumulate(self, target_input_indexes, grad_outputs,
                            grad_inputs):
        """Computes gradients and accumulates them onto ``grad_inputs``."""
        gxs = self.backward(target_input_indexes, grad_outputs)
        len_gxs = len(gxs)
        if len_gxs == len(self.inputs):
            gxs = tuple([gxs[i] for i in target_input_indexes])
        elif len_gxs != len(target_input_indexes):
            msg = 'number of gradients returned from backward is incorrect: '
            if len(self.inputs) == len(target_input_indexes):
                msg += ('%s != expected %s' % (len_gxs, len(self.inputs)))
            else:
                msg += ('%s != expected %s or %s'
                        % (len_gxs, len(self.inputs),
                           len(target_input_indexes)))
            raise ValueError(msg)
        return tuple([gx if g_input is None else
                      g_input if gx is None else
                      gx + g_input
                      for gx, g_input in zip(gxs, grad_inputs)])

    def get_retained_inputs(self):
        """Returns a tuple of retained input variables."""
        if self._input_indexes_to_retain is None:
            return ()
        retained = self._retained_in
        if retained is None:
            raise RuntimeError('retained inputs are not available here')
        return retained

    def get_retained_outputs(self):
        """Returns a tuple of retained output variables."""
        if self._output_indexes_to_retain is None:
            return ()
        retained = self._retained_out
        if retained is None:
            raise RuntimeError('retained outputs are not available here')
        return retained

    def unchain(self):
        """Purges in/out nodes and this function node itself from the graph."""
        if self.outputs is not None:
            for y in self.outputs:
                y_ref = y()
                if y_ref is not None:
                    y_ref.unchain()
        self.inputs = None
        self.outputs = None

    def add_hook(self, hook, name=None):
        """Registers a function hook."""
        if not isinstance(hook, chainer_compat.FunctionHook):
            raise TypeError('Hook must be of type FunctionHook')
        if name is None:
            name = hook.name
        hooks = self.local_function_hooks
        if name in hooks:
            raise KeyError('Hook %s already exists' % name)
        hooks[name] = hook
        hook.added(self)

    def delete_hook(self, name):
        """Unregisters the function hook."""
        if name in self.local_function_hooks:
            self.local_function_hooks[name].deleted(self)
            del self.local_function_hooks[name]
        else:
            raise KeyError('Hook %s does not exist' % name)


def _as_var(x):
    if isinstance(x, _Variable):
        if x._t is None:
            raise TypeError('an uninitialized Variable was given to a '
                            'function')
        return x
    return _Variable(x, requires_grad=False) if not isinstance(
        x, torch.Tensor) else _Variable._from_tensor(x, False)


class _FunctionNodeAutograd(torch.autograd.Function):
    """Runs a user FunctionNode inside torch autograd."""

    @staticmethod
    def forward(ctx, node, real_in, *in_tensors):
        ctx.set_materialize_grads(False)
        # ``real_in``: the true input tensors when integer inputs are
        # represented by float64 carriers in ``in_tensors``.
        carried = real_in is not None
        if carried:
            ctx.carried_in = tuple(r is not a
                                   for r, a in zip(real_in, in_tensors))
            in_tensors = real_in
        else:
            ctx.carried_in = None
        outs = node._forward_tensors(in_tensors)
        # torch must not see an output that *is* an input tensor.
        outs = tuple(o.clone() if any(o is i for i in in_tensors) else o
                     for o in outs)
        ctx.node = node
        ctx.n_in = len(in_tensors)
        ctx.in_meta = [(t.dtype, t.shape, t.device) for t in in_tensors]
        in_idx = node._input_indexes_to_retain
        out_idx = node._output_indexes_to_retain
        saved = []
        if in_idx is not None:
            saved.extend(in_tensors[i] for i in in_idx)
        if out_idx is not None:
            saved.extend(outs[i] for i in out_idx)
        ctx.in_idx = in_idx
        ctx.out_idx = out_idx
        ctx.save_for_backward(*saved)
        if carried:
            node._real_outs = outs
            ctx.out_meta = [o for o in outs]
            return tuple(o if o.is_floating_point() or o.is_complex()
                         or o.dtype == torch.bool
                         else _int_grad.output_carrier(o) for o in outs)
        ctx.out_meta = None
        for i, o in enumerate(outs):
            if not o.is_floating_point():
                ctx.mark_non_differentiable(o)
        return outs

    @staticmethod
    def backward(ctx, *grad_outputs):
        node = ctx.node
        if all([g is None for g in grad_outputs]):
            # no gradient reaches this node (e.g. its outputs were
            # unchained): Chainer does not call its backward
            return (None,) * (ctx.n_in + 2)
        saved = ctx.saved_tensors
        n_in_ret = 0 if ctx.in_idx is None else len(ctx.in_idx)
        node._retained_in = _retained_input_vars(
            node, ctx.in_idx, saved[:n_in_ret])
        node._retained_out = tuple(
            _Variable._from_tensor(t, t.requires_grad)
            for t in saved[n_in_ret:])
        if ctx.out_meta is not None:
            # carrier grads back to the integer outputs' dtypes
            grad_outputs = tuple(
                g if g is None or o.is_floating_point() or o.is_complex()
                else _int_grad.to_int(g, o)
                for g, o in zip(grad_outputs, ctx.out_meta))
        gys = tuple(None if g is None else _Variable._from_tensor(
            g, g.requires_grad) for g in grad_outputs)
        needs = ctx.needs_input_grad[2:]
        target = tuple(i for i, n in enumerate(needs) if n)
        ins = node.inputs
        if ins is not None and not all(
                [ins[i]._requires_grad for i in target]):
            # Chainer skips inputs whose node no longer requires grad
            target = tuple(i for i in target if ins[i]._requires_grad)
            if not target:
                return (None,) * (ctx.n_in + 2)
        in_data = None
        hooks = chainer_compat.get_function_hooks()
        if node._n_local_function_hooks > 0:
            hooks = collections.OrderedDict(hooks)
            hooks.update(node.local_function_hooks)
        hooks = list(hooks.values())
        if hooks:
            in_data = tuple(None for _ in range(ctx.n_in))
            out_grad = tuple(None if g is None else _convert.to_array(g)
                             for g in grad_outputs)
            for hook in hooks:
                hook.backward_preprocess(node, in_data, out_grad)
        node._in_meta = ctx.in_meta
        try:
            gxs = node.backward_accumulate(
                target, gys, (None,) * len(target)) \
                if type(node).backward_accumulate is not \
                FunctionNode.backward_accumulate else \
                _call_backward(node, target, gys)
        except Exception as e:
            if node.stack is not None:
                _add_stack_to_error(node, e)
            raise
        finally:
            node._retained_in = None
            node._retained_out = None
        if hooks:
            for hook in hooks:
                hook.backward_postprocess(node, in_data, out_grad)
        result = [None] * ctx.n_in
        for i, gx in zip(target, gxs):
            if gx is None:
                continue
            if isinstance(gx, _Variable):
                gt = gx._t
            else:
                gt = _convert.as_tensor(gx)
            dtype, shape, device = ctx.in_meta[i]
            if gt.dtype != dtype or gt.shape != shape:
                _variable._check_grad_type(
                    node, _Variable._from_tensor(
                        torch.empty(shape, dtype=dtype), False),
                    False, gt)
            if ctx.carried_in is not None and ctx.carried_in[i]:
                gt = _int_grad.to_carrier(gt)
            result[i] = gt
        return (None, None) + tuple(result)


def _add_stack_to_error(node, e):
    """Chainer's debug mode: append where the function was applied."""
    import shutil
    import traceback
    extra = '\n{}\nStacktrace of the function is below:\n{}'.format(
        '-' * shutil.get_terminal_size().columns,
        ''.join(traceback.format_list(node.stack[:-1])))
    if e.args:
        e.args = (str(e.args[0]) + extra,) + tuple(e.args[1:])
    else:
        e.args = (extra,)


def _retained_input_vars(node, indexes, tensors):
    """Retained inputs as Chainer gives them: the input Variables while
    they are alive (same node), else Variables over the saved tensors."""
    if not tensors:
        return ()
    ins = node.inputs
    out = []
    for i, t in zip(indexes, tensors):
        v = None
        if ins is not None:
            v = ins[i].get_variable_or_none()
        if v is None or v._t is not t:
            v = _Variable._from_tensor(t, t.requires_grad)
        out.append(v)
    return tuple(out)


def _debug_error(node, msg):
    return '{}\nFunction: {} ({})'.format(msg, type(node).__name__,
                                         node.label)


def _debug_check_grads(node, gxs, target, in_meta):
    """Chainer's debug-mode checks of the grads a user backward returned."""
    for gx in gxs:
        if gx is not None and not isinstance(gx, _Variable):
            raise ValueError(_debug_error(
                node, 'type of gradients returned from backward is '
                'incorrect: {} != expected {}'.format(type(gx), _Variable)))
    if len(gxs) != len(target) and (
            node.inputs is None or len(gxs) != len(node.inputs)):
        raise ValueError(_debug_error(
            node, 'number of gradients returned from backward is '
            'incorrect: %s != expected %s' % (len(gxs), len(target))))
    if node.inputs is not None and len(gxs) == len(node.inputs) \
            and len(gxs) != len(target):
        gxs = [gxs[i] for i in target]
    for i, gx in zip(target, gxs):
        if gx is None or gx._t is None:
            continue
        dtype, shape, _ = in_meta[i]
        if tuple(gx._t.shape) != tuple(shape):
            raise ValueError(_debug_error(
                node, 'shape of gradients returned from backward is '
                'incorrect: input-index={}, actual {} != expected {}'.format(
                    i, tuple(gx._t.shape), tuple(shape))))
        if gx._t.dtype != dtype:
            raise ValueError(_debug_error(
                node, 'dtype of gradients returned from backward is '
                'incorrect: input-index={}, actual {} != expected {}'.format(
                    i, gx.dtype, _convert.to_array(
                        torch.empty(0, dtype=dtype)).dtype)))
        if chainer_compat.backend._contains_nan(gx._t):
            raise RuntimeError(
                'NaN is detected on backward computation of {}'.format(
                    node.label))


def _call_backward(node, target, gys):
    gxs = node.backward(target, gys)
    if chainer_compat.is_debug():
        _debug_check_grads(node, tuple(gxs), target, node._in_meta)
    if not isinstance(gxs, (tuple, list)):
        raise TypeError('{}.backward must return a tuple'.format(node.label))
    n_in = len(node.inputs) if node.inputs is not None else None
    if len(gxs) == len(target):
        return tuple(gxs)
    if n_in is not None and len(gxs) == n_in:
        return tuple(gxs[i] for i in target)
    raise ValueError(
        'number of gradients returned from backward is incorrect: '
        '%s != expected %s' % (len(gxs), len(target)))


class _BuiltinNode(FunctionNode):
    """``creator`` facade of a built-in (torch-composed) function call."""

    def __init__(self, label):
        self._label = label

    @classmethod
    def _from_call(cls, call, var):
        node = cls(call.label)
        node._call = call
        ins = []
        for x in call.inputs:
            if isinstance(x, _Variable):
                ins.append(x.node)
            elif x is None:
                continue
            else:
                try:
                    ins.append(_Variable(x, requires_grad=False).node)
                except TypeError:
                    continue
        node.inputs = tuple(ins)
        outs = call.outputs if call.outputs is not None else (var,)
        node.outputs = tuple(weakref.ref(y.node) for y in outs)
        if call.attrs:
            for name, compute in call.attrs.items():
                setattr(node, name, compute())
        call.node = node
        return node

    @property
    def label(self):
        return self._label

    @property
    def rank(self):
        # the call record holds the rank (Variable.rank reads it there)
        rank = self._rank
        if rank is not None:
            return rank
        call = getattr(self, '_call', None)
        if call is None:
            return FunctionNode.rank.fget(self)
        return _variable._function_rank(call)

    @rank.setter
    def rank(self, value):
        self._rank = value
        call = getattr(self, '_call', None)
        if call is not None:
            call.rank = value

    def unchain(self):
        call = getattr(self, '_call', None)
        outs = call.outputs if call is not None and call.outputs else ()
        for y in outs:
            y.unchain()
        for yref in self.outputs or ():
            y = yref()
            if y is not None:
                y.unchain()
        self.inputs = None
        self.outputs = None

    def backward(self, target_input_indexes, grad_outputs):
        raise RuntimeError(
            'chainer_compat: {} is computed by torch autograd; use '
            'chainer.grad or Variable.backward'.format(self._label))


def grad(outputs, inputs, grad_outputs=None, grad_inputs=None, set_grad=False,
         retain_grad=False, enable_double_backprop=False, loss_scale=None):
    """Computes the gradient of output variables w.r.t. the input variables.

    Chainer-compatible :func:`chainer.grad` over ``torch.autograd.grad``.
    """
    if not isinstance(outputs, (tuple, list)):
        raise TypeError(
            'outputs must be a tuple or a list, not {}.'.format(type(outputs)))
    if not isinstance(inputs, (tuple, list)):
        raise TypeError(
            'inputs must be a tuple or a list, not {}.'.format(type(inputs)))
    if grad_outputs is not None:
        if not isinstance(grad_outputs, (tuple, list)):
            raise TypeError(
                'grad_outputs must be a tuple or a list or None, not '
                '{}.'.format(type(grad_outputs)))
        if len(outputs) != len(grad_outputs):
            raise ValueError(
                'grad_outputs must be of the same length as outputs.\n'
                'len(outputs) = {}, len(grad_outputs) = {}'
                .format(len(outputs), len(grad_outputs)))
    if grad_inputs is not None:
        if not isinstance(grad_inputs, (tuple, list)):
            raise TypeError(
                'grad_inputs must be a tuple or a list or None, not '
                '{}.'.format(type(grad_inputs)))
        if len(inputs) != len(grad_inputs):
            raise ValueError(
                'grad_inputs must be of the same length as inputs.\n'
                'len(inputs) = {}, len(grad_inputs) = {}'
                .format(len(inputs), len(grad_inputs)))

    out_ts, seeds = [], []
    for i, y in enumerate(outputs):
        gy = None if grad_outputs is None else grad_outputs[i]
        if gy is None:
            # Chainer seeds every output without a given grad with ones.
            gt = torch.ones_like(y._t.detach())
            if loss_scale is not None:
                gt = gt * loss_scale
        else:
            gt = gy._t if isinstance(gy, _Variable) else \
                _convert.as_tensor(gy)
        yt = y._t if y._ghost is None else y._ghost
        if yt.requires_grad:
            out_ts.append(yt)
            seeds.append(gt if y._ghost is None
                         else _int_grad.to_carrier(gt))

    # Chainer inserts ``grad_inputs`` into the graph at the input nodes, so
    # a given input grad also flows on to inputs behind that input: seed the
    # input tensors themselves as extra roots.
    extra = [None] * len(inputs)
    if grad_inputs is not None:
        for i, (x, gi) in enumerate(zip(inputs, grad_inputs)):
            if gi is None:
                continue
            gt = gi._t if isinstance(gi, _Variable) else \
                _convert.as_tensor(gi)
            xt = x._t if x._ghost is None else x._ghost
            if xt.requires_grad:
                out_ts.append(xt)
                seeds.append(gt if x._ghost is None
                             else _int_grad.to_carrier(gt))
            else:
                extra[i] = gt

    if any(x is None for x in inputs):
        # Rare error path: Chainer checks the outputs first, so an old-style
        # (non-differentiable) gradient among them raises RuntimeError.
        from chainer_compat import function as _function
        if _function._find_old_style_grad([y._t for y in outputs]):
            raise _function._old_style_error('Function')
    # integer inputs take part through their carriers (_bridge/int_grad)
    in_ts = [x._t if x._ghost is None else x._ghost for x in inputs]
    diff_idx = [i for i, t in enumerate(in_ts) if t.requires_grad]
    results = [None] * len(inputs)
    if out_ts and diff_idx:
        with configuration.using_config('enable_backprop',
                                        enable_double_backprop):
            gs = torch.autograd.grad(
                out_ts, [in_ts[i] for i in diff_idx], seeds,
                retain_graph=True, create_graph=enable_double_backprop,
                allow_unused=True)
        for i, g in zip(diff_idx, gs):
            if g is not None and inputs[i]._ghost is not None:
                g = _int_grad.to_int(g, inputs[i]._t)
            results[i] = g
    ret = []
    for i, g in enumerate(results):
        if g is None:
            g = extra[i]
        if g is None:
            ret.append(None)
        else:
            ret.append(_Variable._from_tensor(g, g.requires_grad))
    if set_grad:
        for x, gx in zip(inputs, ret):
            x.grad_var = gx
    return ret


def static_forward_optimizations(func, inputs):
    """Static-graph hook called by Chainer's ``FunctionNode.apply``.

    The facade has no static schedules (D-007): nothing to do.
    """
    return None
