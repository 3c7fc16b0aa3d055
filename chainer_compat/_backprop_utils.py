"""Chainer's private backprop helpers (``chainer._backprop_utils``).

The facade's backward runs on torch autograd; these helpers exist for code
(and tests) that drive one backward step of a :class:`FunctionNode` by hand:
``backprop_step`` calls the node's ``backward`` (or an overridden
``backward_accumulate``) and appends the resulting gradient Variables to the
per-input-node lists of ``grad_inputs``; ``_reduce`` sums such a list.
"""
import chainer_compat


def _reduce(grad_list):
    """Sums a list of gradient Variables in place; returns it or None."""
    if not grad_list:
        return None
    if len(grad_list) > 1:
        total = chainer_compat.functions.add(*grad_list)
        del grad_list[:]
        grad_list.append(total)
    return grad_list[0]


def _pure(grad):
    return [grad] if grad is not None else []


def _pop_or_none(grad_list):
    if grad_list:
        return grad_list.pop()
    return None


def _grad_var_from_alive_node(node):
    var = node.get_variable_or_none()
    if var is None:
        return None
    gv = var.grad_var
    var.grad_var = None
    return gv


class GradTable(object):

    """Maps variable nodes to lists of gradient Variables."""

    def __init__(self, accumulate_grad_inputs=False):
        self.grads = {}
        self._load_if_new = accumulate_grad_inputs

    def __setitem__(self, node, grad):
        assert node is not None
        self.grads[node] = _pure(grad)

    def accumulate(self, node, grad):
        self.get_as_list(node).append(grad)

    def get_as_list(self, node):
        assert node is not None
        lst = self.grads.get(node)
        if lst is None:
            if self._load_if_new and node.creator_node is None:
                lst = _pure(_grad_var_from_alive_node(node))
            else:
                lst = []
            self.grads[node] = lst
        return lst

    def pop(self, node):
        if node is None:
            return None
        if node in self.grads:
            return _reduce(self.grads.pop(node))
        if self._load_if_new:
            return _grad_var_from_alive_node(node)
        return None

    def assert_no_grads(self):
        for lst in self.grads.values():
            assert lst == []


def _error_message(func, message):
    return '{}\nFunction: {} ({})'.format(
        message, type(func).__name__, func.label)


def _as_grad_var(gx):
    if gx is None or isinstance(gx, chainer_compat.Variable):
        return gx
    return chainer_compat.Variable(gx, requires_grad=False)


def backprop_step(func, target_input_indexes, grad_outputs, grad_inputs,
                  is_debug):
    """Runs the backward of ``func`` and accumulates into ``grad_inputs``.

    ``grad_inputs`` maps each input node of ``func`` to a list of gradient
    Variables; with ``lazy_grad_sum`` off the lists are kept at length <= 1.
    """
    if is_debug:
        assert isinstance(target_input_indexes, tuple)
        assert tuple(sorted(target_input_indexes)) == target_input_indexes
        assert isinstance(grad_outputs, tuple)
    inputs = func.inputs
    overridden = (type(func).backward_accumulate
                  is not chainer_compat.FunctionNode.backward_accumulate)
    if overridden:
        previous = tuple(_pop_or_none(grad_inputs[inputs[i]])
                         for i in target_input_indexes)
        gxs = func.backward_accumulate(
            target_input_indexes, grad_outputs, previous)
    else:
        gxs = func.backward(target_input_indexes, grad_outputs)
        if is_debug:
            for gx in gxs:
                if gx is not None and not isinstance(
                        gx, chainer_compat.Variable):
                    raise ValueError(_error_message(
                        func, 'type of gradients returned from backward is '
                        'incorrect: {} != expected {}'.format(
                            type(gx), chainer_compat.Variable)))
        n = len(gxs)
        if n == len(inputs):
            gxs = tuple(gxs[i] for i in target_input_indexes)
        elif n != len(target_input_indexes):
            if len(inputs) == len(target_input_indexes):
                expected = '%s' % len(inputs)
            else:
                expected = '%s or %s' % (len(inputs),
                                         len(target_input_indexes))
            raise ValueError(_error_message(
                func, 'number of gradients returned from backward is '
                'incorrect: %s != expected %s' % (n, expected)))
    for i, gx in zip(target_input_indexes, gxs):
        gx = _as_grad_var(gx)
        if gx is None or gx.array is None:
            continue
        node = inputs[i]
        lst = grad_inputs[node]
        if is_debug and gx.shape != node.shape:
            raise ValueError(_error_message(
                func, 'shape of gradients returned from backward is '
                'incorrect: input-index={}, actual {} != expected {}'.format(
                    i, gx.shape, node.shape)))
        lst.append(gx)
    if is_debug:
        for lst in grad_inputs.values():
            for gx in lst:
                if chainer_compat.backend._contains_nan(gx.array):
                    raise RuntimeError(
                        'NaN is detected on backward computation of '
                        '{}'.format(func.label))
    if not func.lazy_grad_sum:
        for lst in grad_inputs.values():
            _reduce(lst)
