"""Chainer's ``Variable``, ``Parameter`` and ``VariableNode`` over torch.

A :class:`Variable` *wraps* one ``torch.Tensor`` (composition, not a
subclass: ``.data``, ``.grad``, ``.requires_grad`` and ``len()`` mean
different things in the two libraries).  torch autograd records the graph;
the Variable additionally keeps Chainer's view of it -- the creator function
and its input Variables -- which is what ``creator``, ``unchain_backward``,
``retain_grad`` and ``computational_graph`` walk.

Graph lifetime follows Chainer (architecture decision 1): backward keeps the
graph (``retain_graph=True``), so a second ``backward()`` accumulates; the
graph goes away with its Variables or through ``unchain_backward()``.
"""
import copy as _copy_mod
import warnings
import weakref

import numpy
import torch

import chainer_compat
from chainer_compat._bridge import convert as _convert
from chainer_compat._bridge import int_grad as _int_grad
from chainer_compat._bridge.convert import to_array as _to_array
from chainer_compat._bridge.dtypes import TORCH_TO_NUMPY as _T2N

_ndarray = numpy.ndarray
_Tensor = torch.Tensor


def _cache_of(source):
    """(ndarray, data pointer) cache entry for a caller-given ndarray."""
    if isinstance(source, _ndarray) and source.size:
        return (source, source.ctypes.data)
    return None


def _tensor_kind(t):
    return _T2N[t.dtype].kind


def _check_grad_type(func, x, is_node_x, gx):
    """Chainer's check of a gradient array against its variable."""
    if x.data is None or gx is None:
        return
    if not _convert.is_array(gx):
        msg = ('Type of grad is invalid:\n'
               + 'Expected: Any of {}\n'.format(
                   (numpy.ndarray,))
               + 'Actual: {}'.format(type(gx)))
        _raise_grad_error(TypeError, func, msg)
    gt = _convert.as_tensor(gx)
    xt = _convert.as_tensor(x.data) if is_node_x else x._t
    if gt.dtype != xt.dtype:
        msg = ('Dtype of grad is invalid:\n'
               + 'Expected: {}\n'.format(_T2N[xt.dtype])
               + 'Actual: {}'.format(_T2N.get(gt.dtype, gt.dtype)))
        _raise_grad_error(TypeError, func, msg)
    if tuple(gt.shape) != tuple(xt.shape):
        msg = ('Shape of grad is invalid:\n'
               + 'Expected: {}\n'.format(tuple(xt.shape))
               + 'Actual: {}'.format(tuple(gt.shape)))
        _raise_grad_error(ValueError, func, msg)


def _raise_grad_error(exc_type, func, msg):
    detail = ''
    if func:
        detail = 'Function `{0}` ({1}) has a bug.\n'.format(
            type(func)._impl_name if hasattr(type(func), '_impl_name')
            else type(func).__name__, func.label)
        detail += '''
Please report this error to the issue tracker with the stack trace,
the information of your environment, and your script:
https://github.com/chainer/chainer/issues/new.
'''
    raise exc_type(detail + msg)


def variable_repr(var):
    """Return the string representation of a variable (``repr``)."""
    arr = var._numpy_for_print()
    prefix = 'variable ' + var.name if var.name else 'variable'
    if arr is None:
        lst = 'None'
    elif arr.size > 0 or arr.shape == (0,):
        lst = numpy.array2string(arr, None, None, None, ', ', prefix + '(')
    else:  # show zero-length shape unless it is (0,)
        lst = '[], shape=%s' % (repr(arr.shape),)
    return '%s(%s)' % (prefix, lst)


def variable_str(var):
    """Return the string representation of a variable (``str``)."""
    arr = var._numpy_for_print()
    prefix = 'variable ' + var.name if var.name else 'variable'
    if arr is None:
        lst = 'None'
    else:
        lst = numpy.array2string(arr, None, None, None, ' ', prefix + '(')
    return '%s(%s)' % (prefix, lst)


class _Call(object):
    """One recorded call of a built-in function: Chainer's creator facts.

    Shared by all outputs of the call.  ``node`` is the lazily built
    FunctionNode facade returned by ``Variable.creator``.
    """

    __slots__ = ('label', 'inputs', 'node', 'outputs', 'attrs', 'rank',
                 '__weakref__')

    def __init__(self, label, inputs):
        self.label = label
        self.inputs = inputs
        self.node = None
        self.outputs = None
        # extra attributes of Chainer's node ({name: zero-argument callable
        # computing the value}), set on the facade node when it is built
        self.attrs = None
        # Chainer's function rank, computed on first need (_function_rank)
        self.rank = None


class VariableNode(object):

    """Node in the backward graph representing a variable (facade).

    Holds a weak reference to its :class:`Variable`, as in Chainer.
    """

    _creator_node = None
    _data = None
    _old_style_grad_generator = None

    def __init__(self, variable, name, **kwargs):
        if kwargs:
            from chainer_compat.utils import argument
            argument.check_unexpected_kwargs(
                kwargs,
                grad='unexpected keyword argument "grad": '
                     'pass the gradient to Variable instead')
        self._variable = weakref.ref(variable)
        self.name = name
        self._requires_grad = variable.requires_grad
        self._update_data_info(variable._t)

    def _update_data_info(self, t):
        if t is None:
            self.dtype = None
            self.shape = None
        else:
            self.dtype = _T2N[t.dtype]
            self.shape = tuple(t.shape)

    @property
    def creator(self):
        node = self.creator_node
        if node is None:
            return None
        from chainer_compat import function as _function
        if isinstance(node, _function.FunctionAdapter):
            return node.function
        return node

    @creator.setter
    def creator(self, func):
        self.creator_node = func

    @property
    def creator_node(self):
        var = self._variable()
        if var is not None:
            return var.creator_node
        return self._creator_node

    @creator_node.setter
    def creator_node(self, func):
        var = self._variable()
        if var is not None:
            var.creator_node = func
        else:
            self._creator_node = func

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, d):
        self._data = d
        if d is not None:
            t = _convert.as_tensor(d)
            self.dtype = _T2N[t.dtype]
            self.shape = tuple(t.shape)

    @property
    def grad(self):
        var = self._variable()
        return None if var is None else var.grad

    @property
    def grad_var(self):
        var = self._variable()
        return None if var is None else var.grad_var

    @property
    def label(self):
        if self.shape == ():
            return str(self.dtype)
        return '(%s), %s' % (', '.join(map(str, self.shape)),
                             str(self.dtype))

    _rank = 0

    @property
    def rank(self):
        var = self._variable()
        return self._rank if var is None else var.rank

    @property
    def requires_grad(self):
        return self._requires_grad

    def get_variable(self):
        var = self._variable()
        if var is not None:
            return var
        return Variable(self.data, name=self.name,
                        requires_grad=self.requires_grad)

    def get_variable_or_none(self):
        return self._variable()

    def set_creator(self, creator):
        self.creator = creator

    def set_creator_node(self, creator_node):
        self.creator_node = creator_node

    def unchain(self):
        self.creator_node = None

    def retain_data(self):
        variable = self._variable()
        if variable is not None:
            self.data = variable.data
        else:
            raise RuntimeError('cannot retain variable data: the variable has '
                               'been already released')


def _is_float_tensor(t):
    return t.is_floating_point() or t.is_complex()


class Variable(object):

    """__init__(data=None, *, name=None, grad=None, requires_grad=True)

    Chainer-compatible array with a structure to keep track of computation.
    See :class:`chainer.Variable`.  The array lives in a ``torch.Tensor``;
    ``.array``/``.data`` are zero-copy numpy views of it on CPU.
    """

    # Hot attributes live in slots; the rarely-set ones default at class
    # level and go to the instance __dict__ only when assigned, so a
    # function output is created with three stores (per-op overhead).
    __slots__ = ('_t', '_requires_grad', '_call', '__weakref__', '__dict__')
    _name = None
    _grad = None
    _creator_obj = None
    _vnode = None
    _arr = None
    _loss_scale = None
    _grad_valid = True
    _grad_var_cache = None
    _grad_arr = None
    # float64 carrier of an integer-dtype Variable's gradient through torch
    # autograd (see _int_grad.py); None for float Variables.
    _ghost = None
    # (tensor, hook handle, creator) of the last unchain, to undo it when
    # the same creator is set back (Chainer allows that)
    _cut_state = None

    __array_priority__ = 200
    # Chainer: True only for ChainerX-backed variables (never here).
    _has_chainerx_array = False
    __hash__ = None

    def __init__(self, data=None, **kwargs):
        name = kwargs.pop('name', None)
        grad = kwargs.pop('grad', None)
        requires_grad = kwargs.pop('requires_grad', True)
        grad_valid = kwargs.pop('_grad_valid', True)
        kwargs.pop('layout', None)
        if 'volatile' in kwargs:
            raise ValueError('volatile argument is not supported anymore. '
                             'Use chainer.using_config')
        if kwargs:
            raise TypeError('got unexpected keyword argument(s) {}'.format(
                ', '.join(kwargs)))
        if not isinstance(requires_grad, bool):
            raise AssertionError('requires_grad must be a bool')
        if data is not None and not _convert.is_array(data):
            array_types = chainer_compat.get_array_types()
            msg = '{} or {} are expected. Actual: {}'.format(
                ', '.join([str(at) for at in array_types[:-1]]),
                array_types[-1], type(data))
            raise TypeError(msg)
        self._name = name
        self._requires_grad = requires_grad
        self._call = None
        self._creator_obj = None
        self._vnode = None
        self._arr = None
        self._loss_scale = None
        self._grad = None
        self._grad_valid = grad_valid
        self._t = None
        if data is not None:
            self._set_tensor(_convert.as_tensor(data), data)
        if grad is not None:
            self.grad = grad

    # -- construction helpers (the bridge's fast paths) --------------------

    @classmethod
    def _from_tensor(cls, t, requires_grad=True, name=None):
        """Wrap a tensor without checks (used by functions and the bridge)."""
        v = object.__new__(cls)
        v._t = t
        v._requires_grad = requires_grad
        v._call = None
        if name is not None:
            v._name = name
        return v

    @classmethod
    def _init_unchecked(cls, data=None, name=None, grad=None,
                        requires_grad=True, is_chainerx_array=None,
                        node=None, layout=None):
        """Chainer's constructor without argument checks."""
        v = cls(data, name=name, requires_grad=requires_grad)
        if grad is not None:
            v.grad = grad
        return v

    def _set_tensor(self, t, source=None):
        """Install ``t`` as this leaf's tensor (requires_grad per Chainer)."""
        if t.grad_fn is not None or t.requires_grad:
            t = t.detach()
        if self._requires_grad and _is_float_tensor(t):
            t.requires_grad_(True)
        self._t = t
        # Keep the caller's ndarray as the cached view: ``v.array is x``.
        self._arr = _cache_of(source)

    # -- array access ------------------------------------------------------

    def _get_array(self):
        t = self._t
        if t is None:
            return None
        cache = self._arr
        if cache is not None:
            # Cached view; valid while the tensor keeps the same storage
            # (``v.array is v.array`` as in Chainer).
            arr, ptr = cache
            if ptr == t.data_ptr() and arr.shape == t.shape \
                    and t.device.type == 'cpu':
                return arr
        arr = _to_array(t)
        if t.device.type == 'cpu':
            self._arr = (arr, t.data_ptr())
        return arr

    @property
    def array(self):
        """The underlying data array (numpy view on CPU)."""
        return self._get_array()

    @array.setter
    def array(self, d):
        self._set_array(d)

    @property
    def data(self):
        """The underlying data array (alias of :attr:`array`)."""
        return self._get_array()

    @data.setter
    def data(self, d):
        self._set_array(d)

    @property
    def raw_array(self):
        return self._get_array()

    def _set_array(self, d):
        if d is None:
            self._t = None
            self._arr = None
        else:
            t = _convert.as_tensor(d)
            old = self._t
            if old is not None and old.grad_fn is None and old.requires_grad \
                    and isinstance(old, torch.nn.Parameter):
                with torch.no_grad():
                    old.data = t
                self._arr = _cache_of(d)
            else:
                self._set_tensor(t, d)
        if self._vnode is not None:
            self._vnode._update_data_info(self._t)

    @property
    def chx_array(self):
        raise RuntimeError('chainer_compat: ChainerX is not available '
                           '(see docs/divergences.md)')

    def _numpy_for_print(self):
        t = self._t
        if t is None:
            return None
        return t.detach().cpu().numpy()

    @property
    def layout(self):
        return None

    def as_layout(self, layout):
        if layout is None:
            return self
        raise NotImplementedError(
            'chainer.Variable.as_layout: memory layouts are not supported '
            '(see docs/divergences.md)')

    # -- gradient ----------------------------------------------------------

    def _grad_tensor(self):
        t = self._t
        if t is not None and t.requires_grad and t.grad_fn is None:
            return t.grad
        return self._grad

    def _set_grad_tensor(self, g):
        t = self._t
        if t is not None and t.requires_grad and t.grad_fn is None:
            if g is not None and g.requires_grad and not g.is_leaf:
                # torch keeps the graph of a leaf's grad when created with
                # create_graph; assigning one is allowed.
                pass
            t.grad = g
            self._grad = None
        else:
            self._grad = g
        self._grad_valid = True

    @property
    def grad(self):
        """Gradient array of this variable (numpy view on CPU)."""
        if not self._grad_valid:
            raise RuntimeError(
                'Cannot retrieve Variable.grad. '
                'Either it must be set manually or Variable.cleargrad() '
                'must be called beforehand.')
        g = self._grad_tensor()
        if g is None:
            return None
        # The same ndarray object while the grad tensor is unchanged
        # (Chainer returns its stored array).
        cache = self._grad_arr
        if cache is not None and cache[1] is g and \
                cache[2] == g.data_ptr():
            return cache[0]
        arr = _to_array(g)
        if g.device.type == 'cpu':
            self._grad_arr = (arr, g, g.data_ptr())
        return arr

    @grad.setter
    def grad(self, g):
        source = g
        if g is not None:
            _check_grad_type(None, self, False, g)
            g = _convert.as_tensor(g)
        self._set_grad_tensor(g)
        if g is not None and self._grad_tensor() is g:
            # Chainer wraps an assigned array as Variable(g): requires_grad
            self._grad_var_cache = Variable._from_tensor(g, True)
            if isinstance(source, _ndarray) and source.size and \
                    g.device.type == 'cpu' and \
                    g.data_ptr() == source.ctypes.data:
                # ``v.grad is g`` for the assigned ndarray, as in Chainer
                self._grad_arr = (source, g, g.data_ptr())

    @property
    def grad_var(self):
        """Gradient variable (the same object while the grad is unchanged)."""
        g = self._grad_tensor()
        if g is None:
            return None
        cached = self._grad_var_cache
        if cached is not None and cached._t is g:
            return cached
        v = Variable._from_tensor(g, g.requires_grad)
        self._grad_var_cache = v
        return v

    @grad_var.setter
    def grad_var(self, g):
        gv = g
        if g is not None:
            _check_grad_type(None, self, False, g.array)
            g = g._t
        self._set_grad_tensor(g)
        if gv is not None and self._grad_tensor() is g:
            self._grad_var_cache = gv
            cache = gv._arr
            if cache is not None and cache[1] == g.data_ptr():
                self._grad_arr = (cache[0], g, cache[1])

    def cleargrad(self):
        """Clears the gradient array."""
        self._set_grad_tensor(None)

    def zerograd(self):
        """Initializes the gradient array by zeros (deprecated in Chainer)."""
        warnings.warn(
            'Variable.zerograd is deprecated. Use Variable.cleargrad instead.',
            DeprecationWarning)
        t = self._t
        if t is None:
            self._grad_valid = True
            return
        g = self._grad_tensor()
        if g is None:
            self._set_grad_tensor(torch.zeros_like(t.detach()))
        else:
            with torch.no_grad():
                self._set_grad_tensor(g.detach())
                self._grad_tensor().zero_()
        self._grad_valid = True

    def addgrad(self, var):
        """Accumulates the gradient array from given source variable."""
        if var.grad is None:
            return
        src = var._grad_tensor()
        if self._t is None:
            self.initialize(var.shape)
        dst = self._grad_tensor()
        if dst is not None and src.device != dst.device:
            src = src.to(dst.device)
        if dst is None:
            self._set_grad_tensor(src)
        else:
            self._set_grad_tensor(src + dst)

    def copydata(self, var):
        """Copies the data array from given source variable."""
        src = var.array
        dst = self.array
        if src is None:
            if dst is None:
                return
            var.initialize(self.shape)
            src = var.array
        elif dst is None:
            self.initialize(src.shape)
        st = _convert.as_tensor(src)
        with torch.no_grad():
            self._t.copy_(st.to(self._t.device))

    # -- graph -------------------------------------------------------------

    @property
    def creator_node(self):
        """:class:`FunctionNode` that created this variable (or None)."""
        obj = self._creator_obj
        if obj is not None:
            return obj
        call = self._call
        if call is None:
            return None
        node = call.node
        if node is None:
            from chainer_compat import function_node as _fn
            node = _fn._BuiltinNode._from_call(call, self)
        return node

    @creator_node.setter
    def creator_node(self, func):
        from chainer_compat import function as _function
        if isinstance(func, _function.Function):
            func = func.node
        if func is None:
            # Chainer keeps the node's rank when the creator is removed.
            if self._call is not None or self._creator_obj is not None:
                self.node._rank = self.rank
                prev = self._creator_obj or self._call
            else:
                prev = None
            self._unchain_tensor(prev)
        else:
            cut = self._cut_state
            prev = None if cut is None else cut[2]()
            if prev is not None and (prev is func or getattr(
                    func, '_call', None) is prev):
                # the original creator is put back: undo the cut
                cut[1].remove()
                self._t = cut[0]
                self._cut_state = None
        self._creator_obj = func
        self._call = None
        if self._vnode is not None:
            self._vnode._creator_node = func

    @property
    def creator(self):
        """Function (or FunctionNode) object that created this variable."""
        node = self.creator_node
        if node is None:
            return None
        from chainer_compat import function as _function
        if isinstance(node, _function.FunctionAdapter):
            return node.function
        return node

    @creator.setter
    def creator(self, func):
        self.creator_node = func

    def set_creator(self, gen_func):
        self.creator = gen_func

    def set_creator_node(self, fnode):
        self.creator_node = fnode

    @property
    def node(self):
        node = self._vnode
        if node is None:
            node = VariableNode(self, self._name)
            self._vnode = node
        return node

    # Chainer's private name of the node (created lazily here).
    _node = node

    @property
    def rank(self):
        creator = self._call
        if creator is None:
            creator = self._creator_obj
            if creator is None:
                vnode = self._vnode
                return 0 if vnode is None else vnode._rank
            if not isinstance(creator, _Call) and \
                    type(creator).rank is not _function_rank_property():
                return creator.rank + 1  # a node class with its own rank
        return _function_rank(creator) + 1

    def _unchain_tensor(self, prev_creator=None):
        if self._ghost is not None:
            self._ghost = None
        t = self._t
        if t is not None and t.grad_fn is not None:
            handle = _cut_graph_at(self, t)
            # the creator is held weakly: a strong reference would chain
            # every unchained window of a truncated BPTT loop together
            self._cut_state = (t, handle, weakref.ref(prev_creator)) \
                if prev_creator is not None else None
            t = t.detach()
            if self._requires_grad and _is_float_tensor(t):
                t.requires_grad_(True)
            self._t = t

    def unchain(self):
        """Deletes the reference to the creator of this variable."""
        self.creator_node = None

    def unchain_backward(self):
        """Deletes references between variable nodes and functions backward.

        Every Variable behind this one that is still alive loses its creator
        and its torch graph, so a later backward stops here (truncated BPTT).
        """
        stack = [self]
        seen = set()
        while stack:
            v = stack.pop()
            node = v._creator_obj
            call = v._call
            if call is not None:
                inputs = call.inputs
            elif node is not None:
                inputs = [x.get_variable_or_none() for x in node.inputs]
            else:
                continue
            for x in inputs:
                # inputs may include plain arrays (labels, ids): skip them
                if isinstance(x, Variable) and id(x) not in seen:
                    seen.add(id(x))
                    stack.append(x)
            # Chainer unchains the creator function, i.e. all its outputs
            # (e.g. the cell state output of F.lstm beside h).
            siblings = call.outputs if call is not None else None
            v.unchain()
            for y in siblings or ():
                if y is not v and y._call is call:
                    y.unchain()

    def retain_data(self):
        """Lets the corresponding variable node keep the underlying array."""
        self.node.data = self.array

    def _graph_variables(self):
        """Variables reachable backward from this one (excluding self)."""
        out = []
        stack = [self]
        seen = {id(self)}
        while stack:
            v = stack.pop()
            call = v._call
            if call is not None:
                inputs = call.inputs
            elif v._creator_obj is not None:
                inputs = [x.get_variable_or_none()
                          for x in v._creator_obj.inputs]
            else:
                continue
            for x in inputs:
                if isinstance(x, Variable) and id(x) not in seen:
                    seen.add(id(x))
                    out.append(x)
                    stack.append(x)
        return out

    def backward(self, retain_grad=False, enable_double_backprop=False,
                 loss_scale=None):
        """Runs error backpropagation from this variable (Chainer semantics).

        The graph is kept (a second call accumulates); gradients of leaves
        accumulate into their ``grad``; intermediate grads are kept only with
        ``retain_grad=True``.
        """
        t = self._t
        seed = self._grad_tensor()
        if t.numel() == 1 and seed is None:
            if t.dim() != 0:
                warnings.warn(
                    'Treating a variable with only one element as a scalar'
                    ' in Variable.backward is deprecated. A scalar variable'
                    ' must be a 0-dimensional array. Apply'
                    ' chainer.functions.squeeze to obtain a scalar variable.'
                    ' If the size of this variable accidentally becomes one,'
                    ' set zero to grad.',
                    DeprecationWarning)
            seed = torch.ones_like(t.detach())
            if loss_scale is not None:
                seed = seed * loss_scale
        _backward_core([self], [seed], retain_grad, enable_double_backprop,
                       loss_scale)

    # -- shape and dtype ---------------------------------------------------

    @property
    def shape(self):
        t = self._t
        return None if t is None else tuple(t.shape)

    @property
    def ndim(self):
        return self._t.dim()

    @property
    def size(self):
        return self._t.numel()

    @property
    def dtype(self):
        return _T2N[self._t.dtype]

    def __len__(self):
        t = self._t
        if t is None or t.dim() == 0:
            raise TypeError('len() of unsized object')
        return t.shape[0]

    @property
    def label(self):
        if self.shape == ():
            return str(self.dtype)
        return '(%s), %s' % (', '.join(map(str, self.shape)),
                             str(self.dtype))

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, n):
        self._name = n
        if self._vnode is not None:
            self._vnode.name = n

    @property
    def requires_grad(self):
        """It indicates that ``grad`` will be set in backward calculation."""
        return self._requires_grad

    @property
    def T(self):
        """Transposition of this variable."""
        return chainer_compat.functions.transpose(self)

    def item(self):
        """Converts the variable with one element to a Python scalar."""
        if self._t.numel() != 1:
            # Chainer returns ``array.item()``: numpy's error, not torch's.
            raise ValueError(
                'can only convert an array of size 1 to a Python scalar')
        return self._t.item()

    def mean(self, axis=None, *, weights=None, keepdims=False):
        return chainer_compat.functions.average(
            self, axis, weights, keepdims)

    def reshape(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = shape[0]
        return chainer_compat.functions.reshape(self, shape)

    def transpose(self, *axes):
        if len(axes) == 0:
            axes = None
        elif len(axes) == 1 and (isinstance(axes[0], (tuple, list))
                                 or axes[0] is None):
            axes = axes[0]
        return chainer_compat.functions.transpose(self, axes)

    def summary(self):
        if self.name:
            return '<variable %s>' % self.name
        return '<variable at 0x%x>' % id(self)

    def debug_print(self):
        """Display a summary of the stored data and location of Variable."""
        msg = """{summary}
- device: {device}
- backend: {backend}
- shape: {shape}
- dtype: {dtype}
- statistics: {stats}
- grad: {grad}"""
        stats_msg = 'mean={0:.8f}, std={1:.8f}'
        array = self.array
        t = self._t
        if array is None:
            device = backend = stats = shape = dtype = None
        else:
            # Chainer prints the array's own ``device`` (cupy) or 'CPU'.
            device = 'CPU' if isinstance(array, _ndarray) else getattr(
                array, 'device', 'CPU')
            backend = type(array)
            stats = stats_msg.format(*_mean_std(t))
            shape = tuple(t.shape)
            dtype = self.dtype
        g = self._grad_tensor() if self._grad_valid else None
        if g is None:
            grad = None
        elif bool((g == 0).all()):
            grad = 0
        else:
            grad = stats_msg.format(*_mean_std(g))
        return msg.format(summary=self.summary(), device=device,
                          backend=backend, shape=shape,
                          dtype=dtype, stats=stats, grad=grad)

    def __repr__(self):
        return variable_repr(self)

    def __str__(self):
        return variable_str(self)

    def __copy__(self):
        v = Variable._from_tensor(self._t, self._requires_grad, self._name)
        v._grad = self._grad
        v._call = self._call
        v._creator_obj = self._creator_obj
        return v

    def __reduce__(self):
        return _recover_variable, (self.array, self.name, self.grad,
                                   self._requires_grad)

    # -- devices -----------------------------------------------------------

    @property
    def device(self):
        from chainer_compat import backend
        custom = self._custom_device
        if custom is not None:
            return custom
        t = self._t
        if t is None:
            return backend.CpuDevice()
        return backend._device_from_torch(t.device)

    # A user-defined ``backend.Device`` subclass given to ``to_device`` is
    # reported back by ``device`` (Chainer stores the device object).
    _custom_device = None

    def _remember_device(self, dev):
        from chainer_compat import backend
        if type(dev) in (backend.CpuDevice, backend.GpuDevice):
            if self._custom_device is not None:
                self._custom_device = None
        else:
            self._custom_device = dev

    @property
    def xp(self):
        t = self._t
        if t is None:
            return numpy
        return _convert.array_module(t)

    def to_cpu(self):
        from chainer_compat import backend
        self.to_device(backend.CpuDevice())

    def to_gpu(self, device=None):
        from chainer_compat.backends import cuda
        self.to_device(cuda._get_device_or_current(device))

    def to_intel64(self):
        raise RuntimeError('chainer_compat: iDeep is not available '
                           '(see docs/divergences.md)')

    def to_chx(self):
        raise RuntimeError('ChainerX is not available.')

    def from_chx(self):
        return None

    def to_device(self, device):
        """Copies the data and gradient arrays to specified device."""
        from chainer_compat import backend
        dev = backend.get_device(device)
        self._remember_device(dev)
        target = dev._torch_device
        t = self._t
        if t is not None and t.device != target:
            g = self._grad_tensor()
            if isinstance(t, torch.nn.Parameter):
                with torch.no_grad():
                    t.data = t.data.to(target)
                    if t.grad is not None:
                        t.grad = t.grad.to(target)
            else:
                requires = t.requires_grad and t.grad_fn is None
                nt = t.detach().to(target)
                if requires:
                    nt.requires_grad_(True)
                self._t = nt
                if g is not None:
                    self._set_grad_tensor(g.detach().to(target))
            self._arr = None
            self._call = None
            self._creator_obj = None

    # -- operators (Chainer routes them to chainer.functions) --------------

    def __neg__(self):
        return chainer_compat.functions.math.basic_math.neg(self)

    def __abs__(self):
        return chainer_compat.functions.math.basic_math.absolute(self)

    def __pos__(self):
        return self

    def __add__(self, other):
        return chainer_compat.functions.math.basic_math.add(self, other)

    def __radd__(self, other):
        return chainer_compat.functions.math.basic_math.add(self, other)

    def __sub__(self, other):
        return chainer_compat.functions.math.basic_math.sub(self, other)

    def __rsub__(self, other):
        return chainer_compat.functions.math.basic_math.rsub(self, other)

    def __mul__(self, other):
        return chainer_compat.functions.math.basic_math.mul(self, other)

    def __rmul__(self, other):
        return chainer_compat.functions.math.basic_math.mul(self, other)

    def __truediv__(self, other):
        return chainer_compat.functions.math.basic_math.div(self, other)

    def __rtruediv__(self, other):
        return chainer_compat.functions.math.basic_math.rdiv(self, other)

    def __floordiv__(self, other):
        return chainer_compat.functions.math.basic_math.floordiv(self, other)

    def __rfloordiv__(self, other):
        return chainer_compat.functions.math.basic_math.rfloordiv(
            self, other)

    def __pow__(self, other):
        return chainer_compat.functions.math.basic_math.pow(self, other)

    def __rpow__(self, other):
        return chainer_compat.functions.math.basic_math.rpow(self, other)

    def __matmul__(self, other):
        return chainer_compat.functions.math.basic_math.matmul(self, other)

    def __rmatmul__(self, other):
        return chainer_compat.functions.math.basic_math.rmatmul(self, other)

    def __getitem__(self, slices):
        return chainer_compat.functions.get_item(self, slices)

    def _error_nobp_op(self, op):
        raise TypeError(
            'Variables do not support {} operator. '
            'You could use `array` attribute instead.'.format(op))

    def __lt__(self, other):
        self._error_nobp_op('<')

    def __le__(self, other):
        self._error_nobp_op('<=')

    def __eq__(self, other):
        self._error_nobp_op('==')

    def __ne__(self, other):
        self._error_nobp_op('!=')

    def __gt__(self, other):
        self._error_nobp_op('>')

    def __ge__(self, other):
        self._error_nobp_op('>=')

    def __bool__(self):
        raise TypeError('Variables cannot be evaluated as Python bool.')

    __nonzero__ = __bool__

    # -- interop with torch ------------------------------------------------
    # No ``__array__``: as in Chainer, ``numpy.asarray(variable)`` builds an
    # object array of the Variable's elements (use ``.array``).

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        # torch.relu(variable) etc.: unwrap Variables to their tensors and
        # return plain torch results (interop for step-by-step migration).
        if kwargs is None:
            kwargs = {}
        return func(*_unwrap(args), **_unwrap(kwargs))


def _function_rank_property():
    from chainer_compat import function_node
    return function_node.FunctionNode.rank


def _rank_memo(f):
    return f.rank if isinstance(f, _Call) else f._rank


def _input_dependency(x):
    """(creator, None) whose rank decides input ``x``'s rank, or
    (None, rank); ``x`` is a Variable or a VariableNode."""
    if isinstance(x, VariableNode):
        var = x._variable()
        if var is None:
            return None, x._rank
    else:
        var = x
    creator = var._call
    if creator is None:
        creator = var._creator_obj
        if creator is None:
            vnode = var._vnode
            return None, 0 if vnode is None else vnode._rank
    return creator, None


def _function_rank(fn):
    """Chainer's rank of a function (max rank of its inputs) for a built-in
    call record or a FunctionNode, computed without recursion and remembered
    on each one: Chainer fixes a function's rank when it is applied, and a
    walk per query made truncated BPTT quadratic."""
    if _rank_memo(fn) is not None:
        return _rank_memo(fn)
    stack = [fn]
    while stack:
        f = stack[-1]
        if _rank_memo(f) is not None:
            stack.pop()
            continue
        if isinstance(f, _Call):
            inputs = [x for x in f.inputs if isinstance(x, Variable)]
        else:
            inputs = f.inputs or ()
        best = 0
        missing = []
        for x in inputs:
            dep, r = _input_dependency(x)
            if dep is None:
                if r > best:
                    best = r
                continue
            dr = _rank_memo(dep)
            if dr is None:
                missing.append(dep)
            elif dr + 1 > best:
                best = dr + 1
        if missing:
            stack.extend(missing)
            continue
        if isinstance(f, _Call):
            f.rank = best
        else:
            f._rank = best
        stack.pop()
    return _rank_memo(fn)


def _cut_graph_at(var, t):
    """Make torch graphs already built on ``t`` stop at ``var`` (unchain).

    Chainer's ``unchain`` removes the creator from the variable's node, so a
    later backward through outputs computed *before* the unchain ends there
    and writes the gradient into ``var.grad`` like a leaf's.  torch's graph
    is immutable; a pre-hook on ``t``'s node takes the gradient meant for
    ``t``, accumulates it into ``var`` and passes no gradient on.
    """
    node = t.grad_fn
    idx = t.output_nr
    ref = weakref.ref(var)

    def cut(grad_outputs):
        g = grad_outputs[idx]
        if g is None:
            return None
        v = ref()
        if v is not None and v._t is not None and v._t.grad_fn is None \
                and v._ghost is None:
            old = v._grad_tensor()
            v._set_grad_tensor(g if old is None else old + g)
        out = list(grad_outputs)
        out[idx] = None
        return tuple(out)

    return node.register_prehook(cut)


def _mean_std(t):
    """(mean, std) as Chainer's ``xp.mean``/``xp.std`` compute them."""
    t = t.detach()
    if t.device.type == 'cpu':
        arr = _to_array(t)
        return float(numpy.mean(arr)), float(numpy.std(arr))
    return float(t.mean()), float(t.std(unbiased=False))


def _unwrap(obj):
    if isinstance(obj, Variable):
        return obj._t
    if isinstance(obj, (list, tuple)):
        return type(obj)(_unwrap(o) for o in obj)
    if isinstance(obj, dict):
        return {k: _unwrap(v) for k, v in obj.items()}
    return obj


def _recover_variable(array, name, grad, requires_grad):
    v = Variable(array, name=name, requires_grad=requires_grad)
    if grad is not None:
        v.grad = grad
    return v


_convert.Variable = Variable


def _backward_core(outputs, seeds, retain_grad, enable_double_backprop,
                   loss_scale):
    """Shared by ``Variable.backward`` and ``chainer.backward``."""
    pairs = [(y, g) for y, g in zip(outputs, seeds) if g is not None]
    # Chainer clears the output grads before backprop.
    for y in outputs:
        if y._t.grad_fn is not None or y._ghost is not None:
            y._grad = None
    ghosts = _int_grad.any_alive()
    if ghosts:
        # integer outputs take part through their float64 carriers
        pairs = [(y, g) if y._ghost is None else
                 (y, _int_grad.to_carrier(g)) for y, g in pairs]
        tensors = [y._t if y._ghost is None else y._ghost for y, _ in pairs]
    else:
        tensors = [y._t for y, _ in pairs]
    keep = [i for i, t in enumerate(tensors)
            if t.grad_fn is not None and t.requires_grad]
    if len(keep) != len(pairs):
        pairs = [pairs[i] for i in keep]
        tensors = [tensors[i] for i in keep]
    if not pairs:
        return
    grads = [g for _, g in pairs]
    retained = None
    if retain_grad:
        retained = []
        for y, _ in pairs:
            for v in y._graph_variables():
                vt = v._t if v._ghost is None else v._ghost
                if vt is not None and vt.grad_fn is not None \
                        and vt.requires_grad:
                    vt.retain_grad()
                    vt.grad = None
                    retained.append(v)
    leaves = None
    if loss_scale is not None:
        leaves = _leaf_tensors(tensors)
    # torch's engine sets grad mode to ``create_graph`` while it runs the
    # backward functions, so ``config.enable_backprop`` (torch grad mode)
    # reads ``enable_double_backprop`` inside user backward code, as in
    # Chainer, without a config context here.
    if enable_double_backprop:
        with warnings.catch_warnings():
            # torch warns about the param<->grad reference cycle that
            # create_graph=True makes; Chainer's double backprop keeps the
            # same graph by design (the warning fails tests run with -W
            # error).
            warnings.filterwarnings(
                'ignore',
                message='Using backward\\(\\) with create_graph=True',
                category=UserWarning)
            _run_backward(tensors, grads, True)
    else:
        _run_backward(tensors, grads, False)
    if retained is not None:
        for v in retained:
            if v._ghost is not None:
                g = v._ghost.grad
                v._grad = None if g is None else _int_grad.to_int(g, v._t)
                v._ghost.grad = None
                continue
            v._grad = v._t.grad
            v._t.grad = None
        for y, g in pairs:
            y._grad = g if y._ghost is None else _int_grad.to_int(g, y._t)
    if ghosts:
        _int_grad.collect_leaf_grads()
    if leaves:
        for lt in leaves:
            lt._chainer_loss_scale = loss_scale


try:  # the engine entry point behind torch.autograd.backward (torch >= 2.3)
    from torch.autograd.graph import _engine_run_backward
except ImportError:  # pragma: no cover
    _engine_run_backward = None


def _run_backward(tensors, grads, create_graph):
    """torch.autograd.backward with retain_graph=True, minus its re-checks."""
    if chainer_compat.is_debug():
        # Chainer's debug mode: NaN in a backward result raises
        # RuntimeError (torch's anomaly mode checks every node).
        with warnings.catch_warnings():
            warnings.filterwarnings(
                'ignore', message='Anomaly Detection has been enabled')
            warnings.filterwarnings('ignore', message='Error detected in')
            warnings.filterwarnings(
                'ignore',
                message='Using backward\\(\\) with create_graph=True')
            with torch.autograd.detect_anomaly(check_nan=True):
                torch.autograd.backward(tensors, grads, retain_graph=True,
                                        create_graph=create_graph)
        return
    _run_backward_fast(tensors, grads, create_graph)


def _run_backward_fast(tensors, grads, create_graph):
    """torch.autograd.backward with retain_graph=True, minus its re-checks.

    ``torch.autograd.backward`` re-validates each grad in ``_make_grads``,
    which lazily imports sympy on first use (~1 s) and costs microseconds
    per call; our seeds are built to match their outputs, so when shape and
    dtype agree we go straight to the engine.
    """
    if _engine_run_backward is not None and all(
            g is not None and g.shape == t.shape and g.dtype == t.dtype
            and g.device == t.device for t, g in zip(tensors, grads)):
        _engine_run_backward(tuple(tensors), tuple(grads), True,
                             create_graph, (), allow_unreachable=True,
                             accumulate_grad=True)
    else:
        torch.autograd.backward(tensors, grads, retain_graph=True,
                                create_graph=create_graph)


def _leaf_tensors(tensors):
    """torch leaf tensors (AccumulateGrad) reachable from ``tensors``."""
    out = []
    seen = set()
    stack = [t.grad_fn for t in tensors if t.grad_fn is not None]
    while stack:
        fn = stack.pop()
        if fn is None or fn in seen:
            continue
        seen.add(fn)
        var = getattr(fn, 'variable', None)
        if var is not None:
            out.append(var)
        stack.extend(f for f, _ in fn.next_functions)
    return out


class Parameter(Variable):

    """Parameter variable that can be registered to a link.

    Owns one ``torch.nn.Parameter`` for its whole life: initialising it,
    assigning ``.array`` or moving it between devices swaps the tensor's
    ``.data``, so torch registries and torch optimizers never go stale.
    """

    initializer = None

    def __init__(self, initializer=None, shape=None, name=None, *,
                 layout=None):
        if layout is not None:
            raise NotImplementedError(
                'chainer.Parameter(layout=...): memory layouts are not '
                'supported (D-011, see docs/divergences.md)')
        from chainer_compat import initializers
        from chainer_compat.initializers import constant
        if initializer is None:
            initializer = constant.NaN()
        elif numpy.isscalar(initializer):
            initializer = constant.Constant(initializer)
        Variable.__init__(self, name=name)
        self._grad_initializer = None
        self.update_rule = None
        self._initial_device = None
        if shape is None:
            if _convert.is_array(initializer):
                # parameter initialized by the initial array
                self._install(_convert.as_tensor(initializer), initializer)
            else:
                # uninitialized parameter
                dtype = getattr(initializer, 'dtype', None)
                self._install_placeholder(dtype)
                self._grad_valid = False
                self._grad_initializer = constant.NaN(dtype)
        else:
            if _convert.is_array(initializer):
                initializer = constant.Constant(initializer)
            data = initializers.generate_array(initializer, shape, numpy)
            self._install(_convert.as_tensor(data), data)
            with torch.no_grad():
                self._t.grad = torch.full_like(self._t.detach(), numpy.nan)
        self.initializer = initializer

    def _install_placeholder(self, dtype):
        from chainer_compat._bridge import dtypes
        tdtype = dtypes.to_torch_dtype(
            dtype if dtype is not None else
            chainer_compat.get_dtype())
        p = torch.nn.Parameter(torch.empty(0, dtype=tdtype),
                               requires_grad=True)
        object.__setattr__(self, '_t', p)
        self._torch_param = p
        self._initialized = False
        self._arr = None

    # Chainer's private grad slot (read by some user code and tests): the
    # grad array of the torch parameter.
    @property
    def _grad(self):
        if not self._grad_valid:
            return None
        return self.grad

    @_grad.setter
    def _grad(self, g):
        if getattr(self, '_t', None) is None:
            return  # Variable.__init__ resets it before the tensor exists
        self._set_grad_tensor(None if g is None else _convert.as_tensor(g))

    # Initialised-ness lives on the shared torch.nn.Parameter, so shallow
    # copies (Link.copy) see an initialize() of the original, as in Chainer
    # where copies share the data slot.
    @property
    def _initialized(self):
        return not self._t._chainer_uninit

    @_initialized.setter
    def _initialized(self, value):
        self._t._chainer_uninit = not value

    def _install(self, t, source=None):
        t = t.detach()
        requires = _is_float_tensor(t)
        p = getattr(self, '_torch_param', None)
        if p is None:
            p = torch.nn.Parameter(t, requires_grad=requires)
            self._torch_param = p
        else:
            with torch.no_grad():
                p.data = t
            if p.requires_grad != requires:
                p.requires_grad_(requires)
        self._t = p
        self._initialized = True
        self._arr = _cache_of(source)

    # Parameter's tensor is always the same torch.nn.Parameter object.
    def _set_tensor(self, t, source=None):
        self._install(t, source)

    def _set_array(self, d):
        if d is None:
            self._install_placeholder(None)
        else:
            self._install(_convert.as_tensor(d), d)
        if self._vnode is not None:
            self._vnode._update_data_info(self._t if self._initialized
                                         else None)

    def _get_array(self):
        if not self._initialized:
            return None
        return Variable._get_array(self)

    @property
    def shape(self):
        if not self._initialized:
            return None
        return tuple(self._t.shape)

    def __copy__(self):
        p = Parameter.__new__(Parameter)
        p.__dict__.update(self.__dict__)
        for s in Variable.__slots__:
            if s in ('__weakref__', '__dict__'):
                continue
            try:
                object.__setattr__(p, s, object.__getattribute__(self, s))
            except AttributeError:
                pass
        return p

    def __reduce__(self):
        return _recover_parameter, (
            self.array, self.name, self.grad if self._grad_valid else None,
            self._grad_valid, self.initializer, self.update_rule)

    def __deepcopy__(self, memo):
        p = Parameter.__new__(Parameter)
        memo[id(self)] = p
        Variable.__init__(p, name=self._name)
        p.initializer = _copy_mod.deepcopy(self.initializer, memo)
        # Chainer deep-copies through pickling, which rebuilds the parameter
        # from its initializer: a NaN grad initializer unless that is an
        # array.
        if _convert.is_array(p.initializer):
            p._grad_initializer = None
        else:
            from chainer_compat.initializers import constant
            p._grad_initializer = constant.NaN(
                getattr(p.initializer, 'dtype', None))
        p.update_rule = _copy_mod.deepcopy(self.update_rule, memo)
        p._initial_device = self._initial_device
        p._grad_valid = self._grad_valid
        if self._initialized:
            p._install(self._t.detach().clone())
            if self._t.grad is not None:
                p._t.grad = self._t.grad.detach().clone()
        else:
            p._install_placeholder(self._t.dtype and _T2N[self._t.dtype])
            if self._t.device.type != 'cpu':
                p._t.data = p._t.data.to(self._t.device)
        return p

    @property
    def is_initialized(self):
        return self._initialized

    @property
    def dtype(self):
        if self._initialized:
            return _T2N[self._t.dtype]
        initializer = self.initializer
        if hasattr(initializer, 'dtype') and initializer.dtype is not None:
            return numpy.dtype(initializer.dtype)
        raise RuntimeError(
            'Dtype of the parameter is not determined yet because it\'s '
            'uninitialized and dtype was not explicitly given.')

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return int(numpy.prod(self.shape))

    def _grad_tensor(self):
        if not self._initialized:
            return None
        return self._t.grad

    def _set_grad_tensor(self, g):
        if not self._initialized:
            if g is not None:
                raise RuntimeError(
                    'Cannot set the gradient of an uninitialized parameter')
            self._grad_valid = True
            return
        self._t.grad = g
        self._grad_valid = True

    def cleargrad(self):
        Variable.cleargrad(self)
        if not self._initialized:
            self._grad_initializer = None

    def zerograd(self):
        if self._initialized:
            Variable.zerograd(self)
        else:
            warnings.warn(
                'Variable.zerograd is deprecated. Use Variable.cleargrad '
                'instead.', DeprecationWarning)
            self._grad_valid = True
            from chainer_compat import initializers
            dtype = getattr(self.initializer, 'dtype', None)
            self._grad_initializer = initializers.Zero(dtype)

    def addgrad(self, var):
        """Accumulates the gradient array from given source variable."""
        if not self._initialized and var.grad is not None:
            self.initialize(var.shape)
        Variable.addgrad(self, var)

    def initialize(self, shape):
        """Initializes the uninitialized parameter with ``shape``."""
        from chainer_compat import initializers
        device = self._t.device
        data = initializers.generate_array(self.initializer, shape, numpy)
        t = _convert.as_tensor(data)
        if device.type != 'cpu':
            t = t.to(device)
            data = None
        self._install(t, data)
        if self._grad_initializer is not None:
            g = initializers.generate_array(self._grad_initializer, shape,
                                            numpy)
            self._t.grad = _convert.as_tensor(g).to(device)
        else:
            self._t.grad = None  # Chainer: no grad initializer, no grad
        # Chainer: initialize() sets the grad (NaN-filled), so it is valid.
        self._grad_valid = True
        if self._vnode is not None:
            self._vnode._update_data_info(self._t)

    def update(self):
        """Updates the parameter with its update rule."""
        if self.update_rule is not None:
            self.update_rule.update(self)

    def to_device(self, device):
        from chainer_compat import backend
        dev = backend.get_device(device)
        self._initial_device = dev
        self._remember_device(dev)
        target = dev._torch_device
        p = self._t
        if p.device != target:
            with torch.no_grad():
                p.data = p.data.to(target)
                if p.grad is not None:
                    p.grad = p.grad.to(target)
            self._arr = None

    def to_cpu(self):
        from chainer_compat import backend
        return self.to_device(backend.CpuDevice())

    def to_gpu(self, device=None):
        from chainer_compat.backends import cuda
        self.to_device(cuda._get_device_or_current(device))


def _recover_parameter(array, name, grad, grad_valid, initializer,
                       update_rule, device=None):
    p = Parameter(initializer=initializer, name=name)
    if array is not None:
        p.array = array
    if grad is not None:
        p.grad = grad
    p._grad_valid = grad_valid
    p.update_rule = update_rule
    return p


def as_variable(obj):
    """Converts an array or a variable into :class:`~chainer.Variable`."""
    if isinstance(obj, Variable):
        return obj
    return Variable(obj, requires_grad=False)


def as_array(obj):
    """Returns the underlying array from a variable or an array."""
    if isinstance(obj, Variable):
        return obj.array
    return obj
