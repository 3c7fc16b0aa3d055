"""Private helpers shared by the connection/loss/rnn function modules."""
import torch

from chainer_compat.utils import conv_nd as _conv_nd
import chainer_compat
from chainer_compat import utils as _utils
from chainer_compat.utils import type_check


def check(label, arrays, body, names=None):
    """Run a Chainer-style ``check_type_forward`` body on ``arrays``.

    ``arrays`` are tensors (or None); ``body(in_types)`` uses
    ``type_check.expect`` exactly as Chainer's FunctionNode does, so the
    InvalidType messages carry Chainer's expressions.
    """
    if not chainer_compat.config.type_check:
        return
    arrays = tuple(arrays)
    # Chainer first runs the check in light mode and only re-runs it with
    # expressions (for the message) when it fails.
    light = type_check.get_light_types(arrays)
    try:
        with type_check.light_mode:
            if names is not None:
                type_check._argname(light, names)
            body(light)
        return
    except type_check.InvalidType:
        pass
    in_types = type_check.get_types(arrays, 'in_types', False)
    with type_check.get_function_check_context(type_check._Named(label)):
        if names is not None:
            type_check._argname(in_types, names)
        body(in_types)


# chainer.utils.conv_nd.as_tuple (one definition).
as_tuple = _conv_nd.as_tuple


# Chainer's output-size rules live in chainer.utils (one definition).
conv_outsize = _utils.get_conv_outsize
deconv_outsize = _utils.get_deconv_outsize


_CONV = {1: torch.nn.functional.conv1d, 2: torch.nn.functional.conv2d,
         3: torch.nn.functional.conv3d}
_DECONV = {1: torch.nn.functional.conv_transpose1d,
           2: torch.nn.functional.conv_transpose2d,
           3: torch.nn.functional.conv_transpose3d}


def _half_ok(t):
    # torch's CPU convolutions lack float16 kernels on some builds:
    # compute float16 in float32 and cast back (numpy computes float16
    # tensordot with float32 accumulation as well).
    return t.dtype != torch.float16 or t.is_cuda


def check_im2col_pad(stride, pad):
    """Chainer's CPU im2col pads each spatial axis with ``numpy.pad`` by
    ``(p, p + s - 1)`` (ValueError for a negative width); with a negative
    stride the patch copy then fails numpy's broadcasting.  Call it after
    the output-size check, as Chainer does."""
    for s, p in zip(stride, pad):
        if p < 0 or p + s - 1 < 0:
            raise ValueError("index can't contain negative values")
    if any(s < 0 for s in stride):
        raise ValueError('could not broadcast input array into the patch '
                         'array (negative stride {})'.format(tuple(stride)))


def zeros_linked(shape, *ts):
    """Zeros of ``shape`` (dtype/device of ``ts[0]``) that stay in the graph
    of ``ts`` with zero gradients (never NaN, whatever the values)."""
    y = ts[0].new_zeros(shape)
    for t in ts:
        if t is not None and t.requires_grad:
            y = y + t.flatten()[:0].sum()
    return y


def conv_core(x, W, b, stride, pad, cover_all, dilate, groups):
    """N-d convolution with Chainer's padding / cover_all semantics."""
    nd = x.dim() - 2
    ksize = W.shape[2:]
    pads = []
    outs = []
    for i in range(nd):
        size = x.shape[2 + i]
        out = conv_outsize(size, ksize[i], stride[i], pad[i], cover_all,
                           dilate[i])
        outs.append(out)
        dk = ksize[i] + (ksize[i] - 1) * (dilate[i] - 1)
        need = (out - 1) * stride[i] + dk
        right = max(need - size - pad[i], pad[i]) if cover_all else pad[i]
        pads.append((pad[i], right))
    dtype = x.dtype
    if not _half_ok(x):
        x = x.float()
        W = W.float()
        b = None if b is None else b.float()
    if x.numel() == 0 or W.numel() == 0:
        # an empty contraction (0-size spatial input, channel or kernel
        # axis) or an empty output, which torch's kernels reject: Chainer's
        # im2col + tensordot give zeros (plus the bias)
        y = zeros_linked((x.shape[0], W.shape[0]) + tuple(outs), x, W)
        if b is not None:
            y = y + b.reshape((1, b.shape[0]) + (1,) * nd)
        return y.to(dtype)
    if any(p != q for p, q in pads):
        flat = []
        for p, q in reversed(pads):
            flat.extend([p, q])
        x = torch.nn.functional.pad(x, flat)
        padding = 0
    else:
        padding = tuple(p for p, _ in pads)
    if nd in _CONV:
        y = _CONV[nd](x, W, b, tuple(stride), padding, tuple(dilate), groups)
    else:
        if padding != 0:
            flat = []
            for p in reversed(padding):
                flat.extend([p, p])
            x = torch.nn.functional.pad(x, flat)
        y = _conv_unfold(x, W, stride, dilate, groups)
        if b is not None:
            y = y + b.reshape((1, b.shape[0]) + (1,) * nd)
    # trim windows beyond the expected count (extra right padding)
    sl = (slice(None), slice(None)) + tuple(slice(0, o) for o in outs)
    y = y[sl]
    return y.to(dtype)


def _conv_unfold(x, W, stride, dilate, groups):
    """Generic N-d convolution (x already padded) via unfold + einsum."""
    nd = x.dim() - 2
    ksize = W.shape[2:]
    col = x
    for i in range(nd):
        dk = (ksize[i] - 1) * dilate[i] + 1
        col = col.unfold(2 + i, dk, stride[i])
        if dilate[i] > 1:
            col = col[..., ::dilate[i]]
    n, c = x.shape[:2]
    osz = col.shape[2:2 + nd]
    K = 1
    for k in ksize:
        K *= k
    O = 1
    for o in osz:
        O *= o
    G = groups
    col = col.reshape(n, G, c // G, O, K)
    oc = W.shape[0]
    Wr = W.reshape(G, oc // G, c // G, K)
    y = torch.einsum('ngcok,gmck->ngmo', col, Wr)
    return y.reshape((n, oc) + tuple(osz))


def deconv_core(x, W, b, stride, pad, outs, dilate, groups):
    """N-d transposed convolution; ``outs`` = Chainer's output sizes."""
    nd = x.dim() - 2
    ksize = W.shape[2:]
    default = [deconv_outsize(x.shape[2 + i], ksize[i], stride[i], pad[i],
                              d=dilate[i]) for i in range(nd)]
    extra = [o - d for o, d in zip(outs, default)]
    op = tuple(max(e, 0) for e in extra)
    dtype = x.dtype
    if not _half_ok(x):
        x = x.float()
        W = W.float()
        b = None if b is None else b.float()
    if nd in _DECONV and all(o < max(s, d) for o, s, d in
                             zip(op, stride, dilate)):
        y = _DECONV[nd](x, W, None, tuple(stride), tuple(pad), op, groups,
                        tuple(dilate))
    else:
        y = _deconv_generic(x, W, stride, pad, op, dilate, groups)
    if any(e < 0 for e in extra):
        y = y[(slice(None), slice(None)) + tuple(slice(0, o) for o in outs)]
    if b is not None:
        y = y + b.reshape((1, b.shape[0]) + (1,) * nd)
    return y.to(dtype)


def _deconv_generic(x, W, stride, pad, op, dilate, groups):
    # zero-insertion + full padding + convolution with the flipped kernel
    nd = x.dim() - 2
    n, c = x.shape[:2]
    ksize = W.shape[2:]
    up_shape = [(x.shape[2 + i] - 1) * stride[i] + 1 for i in range(nd)]
    up = x.new_zeros((n, c) + tuple(up_shape))
    up[(slice(None), slice(None)) +
       tuple(slice(None, None, s) for s in stride)] = x
    cfg = []
    for i in range(nd):
        dk = (ksize[i] - 1) * dilate[i] + 1
        cfg.append((dk - 1 - pad[i], dk - 1 - pad[i] + op[i]))
    flat = []
    for p, q in reversed(cfg):
        flat.extend([p, q])
    up = torch.nn.functional.pad(up, flat)  # negative values crop
    G = groups
    ocg = W.shape[1]
    Wt = W.reshape((G, c // G, ocg) + tuple(ksize)).transpose(1, 2)
    Wt = Wt.reshape((G * ocg, c // G) + tuple(ksize))
    Wt = torch.flip(Wt, dims=tuple(range(2, 2 + nd)))
    if nd in _CONV:
        return _CONV[nd](up, Wt, None, 1, 0, tuple(dilate), groups)
    return _conv_unfold(up, Wt, (1,) * nd, dilate, groups)


class _NodeLike(object):
    """Minimal stand-in for one of Chainer's FunctionNode classes that
    tests and user code instantiate directly (``Cls(params).apply(xs)``).

    ``apply`` checks the number of inputs like Chainer's type check and then
    calls the functional implementation."""

    _label = None
    _n_in = (2, 3)

    def _call(self, *inputs):
        raise NotImplementedError

    def apply(self, inputs):
        inputs = tuple(inputs)
        lo, hi = self._n_in
        if not lo <= len(inputs) <= hi:
            from chainer_compat._bridge import function as _f

            def body(in_types):
                n_in = in_types.size()
                type_check.expect(lo <= n_in, n_in <= hi)
            check(self._label, [_f.tensor(x) for x in inputs], body)
        out = self._call(*inputs)
        return out if isinstance(out, tuple) else (out,)
