"""``chainer.memory_layouts``: layout constants and shape helpers.

The facade keeps every array in Chainer's default channel-first layout
(divergence D-500): the constants and shape helpers exist so that code and
tests importing this module work; converting a Variable to another layout
(``AsLayout``) raises ``NotImplementedError``.
"""
import chainer_compat
from chainer_compat import function_node
from chainer_compat.utils import type_check

CUDNN_CHANNEL_FIRST_X = None
CUDNN_CHANNEL_LAST_X = 'CUDNN_CHANNEL_LAST_X'
CUDNN_CHANNEL_FIRST_W = None
CUDNN_CHANNEL_LAST_W = 'CUDNN_CHANNEL_LAST_W'


class _Unspecified:

    def __repr__(self):
        return '<unspecified>'


_unspecified = _Unspecified()


def get_raw_shape(arr_or_var):
    """Shape of the underlying array (no layout transposition)."""
    if isinstance(arr_or_var, chainer_compat.Variable):
        return tuple(arr_or_var.shape)
    return arr_or_var.shape


def get_semantic_shape(arr_or_var, *, assumed_layout=_unspecified):
    """Shape in the standard (channel-first) order."""
    if not isinstance(arr_or_var, chainer_compat.Variable):
        shape = arr_or_var.shape
        if assumed_layout is not _unspecified:
            shape = _transpose_shape(shape, assumed_layout, None)
        return shape
    if assumed_layout is not _unspecified:
        assert getattr(arr_or_var, 'layout', None) == assumed_layout
    return arr_or_var.shape


def _transpose_array(arr, src_layout, dst_layout):
    trans = _get_layout_transpose_axes(arr.ndim, src_layout, dst_layout)
    if trans is None:
        return arr
    return arr.transpose(*trans)


def _transpose_shape(shape, src_layout, dst_layout):
    trans = _get_layout_transpose_axes(len(shape), src_layout, dst_layout)
    if trans is None:
        return shape
    return tuple([shape[i] for i in trans])


def _get_layout_transpose_axes(ndim, src_layout, dst_layout, inverse=False):
    if src_layout == dst_layout:
        return None
    to_last = (0,) + tuple(range(2, ndim)) + (1,)
    to_first = (0, ndim - 1) + tuple(range(1, ndim - 1))
    if dst_layout == CUDNN_CHANNEL_LAST_X:
        assert ndim >= 3 and src_layout == CUDNN_CHANNEL_FIRST_X
        trans = to_last
    elif dst_layout == CUDNN_CHANNEL_LAST_W:
        assert ndim >= 3 and src_layout == CUDNN_CHANNEL_FIRST_W
        trans = to_last
    elif src_layout == CUDNN_CHANNEL_LAST_X:
        assert ndim >= 3 and dst_layout == CUDNN_CHANNEL_FIRST_X
        trans = to_first
    elif src_layout == CUDNN_CHANNEL_LAST_W:
        assert ndim >= 3 and dst_layout == CUDNN_CHANNEL_FIRST_W
        trans = to_first
    else:
        raise ValueError(
            'Unknown layout conversion: from \'{}\' to \'{}\''.format(
                src_layout, dst_layout))
    if inverse:
        inv = [None] * ndim
        for i, n in enumerate(trans):
            inv[n] = i
        trans = tuple(inv)
    return trans


class AsLayout(function_node.FunctionNode):

    """Layout conversion node (not supported by the facade, D-500)."""

    axes = None
    in_layout = None

    def __init__(self, layout):
        self.out_layout = layout

    def check_type_forward(self, in_types):
        type_check.expect(in_types.size() == 1)

    @property
    def label(self):
        return 'AsLayout'

    def forward(self, inputs):
        if self.out_layout is None:
            return inputs
        raise NotImplementedError(
            'chainer.memory_layouts.AsLayout: non-standard memory layouts '
            'are not supported (see docs/divergences.md D-500)')

    def backward(self, indexes, grad_outputs):
        return grad_outputs
