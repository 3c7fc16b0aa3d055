"""Private helpers shared by the F1 function families (not public API).

``check`` runs a Chainer-style ``check_type_forward`` over torch tensors
with the expression system of :mod:`chainer_compat.utils.type_check`, so
the ``InvalidType`` messages read exactly like Chainer's.
``elementwise`` builds a one-input op whose gradient is given explicitly
(used where torch's subgradient at a kink differs from Chainer's formula).
"""
import torch

from chainer_compat import configuration as _configuration
from chainer_compat._bridge import function as _f
from chainer_compat.utils import type_check

_Named = type_check._Named
_config = _configuration.config
_TypeInfo = type_check.TypeInfo
_LightTuple = type_check.LightTypeInfoTuple
_T2N = _f._T2N


def check(label, tensors, names, fn):
    """Evaluate ``fn(in_types)`` (Chainer's check_type_forward body).

    As Chainer's FunctionNode does, the check first runs in light mode
    (plain values); only when it fails is it rerun with expressions to
    build the ``InvalidType`` message.  ``names`` renames the inputs as
    ``type_check._argname`` does (``None``: keep ``in_types[i]``).
    Skipped when ``chainer.config.type_check`` is False.
    """
    if not _config.type_check:
        return
    tensors = tuple(tensors)
    infos = _LightTuple([_TypeInfo(tuple(t.shape), _T2N[t.dtype])
                         for t in tensors])
    tl = type_check._thread_local
    prev = getattr(tl, 'light_mode', False)
    tl.light_mode = True
    try:
        fn(infos)
        return
    except type_check.InvalidType:
        pass
    finally:
        tl.light_mode = prev
    in_types = type_check.get_types(tensors, 'in_types', False)
    with type_check.get_function_check_context(_Named(label)):
        if names is not None:
            type_check._argname(in_types, names)
        fn(in_types)


def check_float(label, t, name='x'):
    if not t.is_floating_point() and _config.type_check:
        type_check._check_float(label, t, name)


def type_checking():
    """Chainer runs check_type_forward only if ``config.type_check``
    (gradient_check turns it off when it casts the inputs)."""
    return _config.type_check


def unary(label, x, fn, name='x'):
    """A float-only one-input op ``fn`` (torch-differentiable)."""
    t = _f.tensor(x)
    check_float(label, t, name)
    return _f.output(fn(t), label, (x,))


class _Elementwise(torch.autograd.Function):
    """y = fwd(x) with dy/dx = dfn(x) (dfn written with differentiable ops).

    Used where Chainer defines the derivative by its own formula (e.g. the
    value at a kink) that differs from torch's autograd subgradient.  The
    backward is made of torch ops, so double backprop works.
    """

    @staticmethod
    def forward(ctx, x, fwd, dfn):
        ctx.dfn = dfn
        ctx.save_for_backward(x)
        with torch.no_grad():
            return fwd(x)

    @staticmethod
    def backward(ctx, gy):
        x, = ctx.saved_tensors
        return gy * ctx.dfn(x), None, None


def elementwise(t, fwd, dfn):
    if torch.is_grad_enabled() and t.requires_grad:
        return _Elementwise.apply(t, fwd, dfn)
    return fwd(t)


def mask_grad(t, mask, y_value):
    """Tensor equal to ``y_value`` whose gradient w.r.t. ``t`` is ``mask``.

    ``mask`` is boolean: the output passes ``t`` through where it is True
    and is constant (``y_value``) elsewhere -- Chainer's ``gy * mask``.
    """
    return torch.where(mask, t, y_value)


def normalize_axis(axis, label, ndim_expr=None):
    """Chainer's axis argument normalisation for reductions."""
    if axis is None:
        return None
    if isinstance(axis, int):
        return (axis,)
    if isinstance(axis, tuple) and all(isinstance(a, int) for a in axis):
        if len(set(axis)) != len(axis):
            raise ValueError('duplicate value in axis: ({})'.format(
                ', '.join(map(str, axis))))
        return axis
    raise TypeError('None, int or tuple of int are required')


def check_axes(label, t, axes):
    """Chainer's per-axis range check for reductions (x.dtype.kind == f)."""
    if t.is_floating_point():
        nd = t.dim()
        if axes is None or all(-nd <= a < nd for a in axes):
            return

    def fn(in_types):
        type_check.expect(in_types[0].dtype.kind == 'f')
        if axes is not None:
            for axis in axes:
                if axis >= 0:
                    type_check.expect(axis < in_types[0].ndim)
                else:
                    type_check.expect(-axis - 1 < in_types[0].ndim)
    check(label, (t,), ('x',), fn)


def dims(t, axes):
    """Chainer axes (possibly negative) -> list of torch dims.

    ``(1, -2)`` naming one axis twice raises numpy's ValueError."""
    if axes is None:
        return list(range(t.dim()))
    out = [a % t.dim() if t.dim() else 0 for a in axes]
    if len(set(out)) != len(out):
        raise ValueError("duplicate value in 'axis'")
    return out


def np_dtype(t):
    return _f.numpy_dtype(t)


def axis_broadcast_op(x, y, axis, label, op):
    """Chainer's bias/scale: ``y`` is reshaped to align at ``axis``,
    broadcast to ``x.shape`` (Reshape / BroadcastTo nodes with their type
    checks) and combined with Variable arithmetic (``x + y2`` or
    ``x * y2``; an ndarray ``x`` goes through the reflected operator, so
    ``y2``'s dtype wins as in Chainer)."""
    from chainer_compat import configuration
    from chainer_compat.functions.math import basic_math
    xt = _f.tensor(x)
    yt = _f.tensor(y)
    x_shape = tuple(xt.shape)
    y_shape = tuple(yt.shape)
    if configuration.config.debug:
        assert x_shape[axis:axis + len(y_shape)] == y_shape
    y1_shape = tuple([1] * axis + list(y_shape) +
                     [1] * (len(x_shape) - axis - len(y_shape)))
    size = 1
    for d in y1_shape:
        size *= d
    if _config.type_check and yt.numel() != size:
        type_check._fail('Reshape', 'prod(x.shape) == prod({})'.format(
            y1_shape), '{} != {}'.format(yt.numel(), size))
    y1 = _f.output(yt.reshape(y1_shape), 'Reshape', (y,))
    if _config.type_check:
        if len(y1_shape) > len(x_shape):
            type_check._fail('BroadcastTo', 'x.ndim <= len(shape)',
                             '{} > {}'.format(len(y1_shape), len(x_shape)))
        for i in range(-1, -len(y1_shape) - 1, -1):
            if y1_shape[i] == x_shape[i] or y1_shape[i] == 1:
                continue
            expect = 'in_type[0].shape[%d] == %d' % (i, x_shape[i])
            if x_shape[i] != 1:
                expect += ' or in_type[0].shape[%d] == 1' % i
            with type_check.get_function_check_context(
                    _Named('BroadcastTo')):
                raise type_check.InvalidType(
                    expect, 'in_type[0].shape: %s' % str(y1_shape))
    y2 = _f.output(y1._t.expand(x_shape), 'BroadcastTo', (y1,))
    fn = basic_math.add if label == '_ + _' else basic_math.mul
    if _f.is_variable(x):
        return fn(x, y2)
    return fn(y2, x)


class _AttrCall(_f._Call):
    """A creator record carrying Chainer FunctionNode attributes; they are
    copied onto the creator facade when (and only if) it is built."""

    __slots__ = ('_attrs', '_node')

    def __init__(self, call, attrs):
        super(_AttrCall, self).__init__(call.label, call.inputs)
        self.outputs = call.outputs
        self._attrs = attrs

    @property
    def node(self):
        return self._node

    @node.setter
    def node(self, value):
        self._node = value
        if value is not None:
            for k, v in self._attrs.items():
                setattr(value, k, v)


def set_node_attrs(y, label, inputs, **attrs):
    """Expose Chainer FunctionNode attributes (``y.creator.mask`` of
    Dropout, ``flag_h`` of Zoneout...) on the creator facade of ``y``.

    As in Chainer, the creator is recorded whenever backprop is enabled,
    even if no input requires grad (then the node has nothing to
    backpropagate)."""
    call = getattr(y, '_call', None)
    if call is None:
        if not torch.is_grad_enabled():
            return
        call = _f._Call(label, inputs)
    y._call = _AttrCall(call, attrs)


def broadcast_check(*ts):
    """numpy's ValueError for operands that cannot be broadcast (torch
    would raise a RuntimeError)."""
    try:
        torch.broadcast_shapes(*[t.shape for t in ts])
    except RuntimeError:
        raise ValueError(
            'operands could not be broadcast together with shapes {}'.format(
                ' '.join(str(tuple(t.shape)).replace(' ', '')
                         for t in ts)))


def np_reshape(t, shape):
    """``t.reshape(shape)`` raising numpy's ValueError when impossible."""
    try:
        return t.reshape(shape)
    except RuntimeError:
        raise ValueError('cannot reshape array of size {} into shape {}'
                         .format(t.numel(), tuple(shape)))


def rounding(x, fn):
    """``fn`` (torch.floor / ceil / trunc) element-wise, as Chainer's
    floor/ceil/fix: not differentiable (a new Variable with
    ``requires_grad=False``, unconnected to the graph), result in ``x``'s
    dtype (ints/bools computed in float64 and cast back, as Chainer's
    ``force_array(..., x.dtype)``)."""
    t = _f.tensor(x).detach()
    with torch.no_grad():
        if t.is_floating_point():
            y = fn(t)
        else:
            y = fn(t.double()).to(t.dtype)
    return _f._from_tensor(y, False)
