"""``chainer.functions.decorrelated_batch_normalization`` (and fixed)."""
import numpy
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import argument
from chainer_compat.utils import type_check


def _grouped(t, groups):
    # (b, c, *spatial) -> (groups, c // groups, m) with explicit sizes (a
    # -1 is ambiguous for 0-size inputs); numpy's reshape error otherwise
    b, c = t.shape[:2]
    C = c // groups
    m = b
    for s in t.shape[2:]:
        m *= s
    if groups < 0 or groups * C * m != t.numel():
        raise ValueError('cannot reshape array of size {} into shape '
                         '({},{},{})'.format(t.numel(), groups, C, m))
    perm = (1, 0) + tuple(range(2, t.dim()))
    return t.permute(*perm).reshape(groups, C, m)


def _ungrouped(t, shape):
    b, c = shape[:2]
    perm = (1, 0) + tuple(range(2, len(shape)))
    return t.reshape((c, b) + tuple(shape[2:])).permute(*perm)


class _DBN(torch.autograd.Function):
    """ZCA whitening with Chainer's gradient.

    torch's ``eigh`` backward divides by eigenvalue differences and gives
    NaN/inf when eigenvalues repeat -- which happens whenever a group has
    fewer samples than channels (the covariance is then ``eps * I`` on a
    subspace).  Chainer's backward skips the equal-eigenvalue terms; this
    Function reproduces that formula.  Like Chainer, no double backward.
    """

    @staticmethod
    def forward(ctx, x, groups, eps):
        C = x.shape[1] // groups
        xh = _grouped(x, groups)
        m = xh.shape[2]
        mean = xh.mean(dim=2, keepdim=True)
        xh = xh - mean
        eye = torch.eye(C, dtype=x.dtype, device=x.device)
        cov = torch.matmul(xh, xh.transpose(1, 2)) / m + eps * eye
        w, v = torch.linalg.eigh(cov)
        U = torch.matmul(torch.diag_embed(w ** -0.5), v.transpose(1, 2))
        y_pca = torch.matmul(U, xh)
        y = _ungrouped(torch.matmul(v, y_pca), tuple(x.shape))
        ctx.save_for_backward(w, v, y_pca)
        ctx.groups = groups
        ctx.mark_non_differentiable(mean, w, v, U)
        return y, mean, w, v, U, m

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, gy, *unused):
        w, v, y_pca = ctx.saved_tensors
        g = _grouped(gy, ctx.groups)
        m = g.shape[2]
        vt = v.transpose(1, 2)
        g_pca = torch.matmul(vt, g)
        f = g_pca.mean(dim=2, keepdim=True)
        K = w[:, :, None] - w[:, None, :]
        nz = K != 0
        K = torch.where(nz, 1 / torch.where(nz, K, torch.ones_like(K)),
                        torch.zeros_like(K))
        Fc = torch.matmul(g_pca, y_pca.transpose(1, 2)) / m
        M = torch.diag_embed(torch.diagonal(Fc, dim1=1, dim2=2))
        sq = torch.diag_embed(w ** 0.5)
        mat = K.transpose(1, 2) * (
            torch.matmul(torch.diag_embed(w), Fc.transpose(1, 2)) +
            torch.matmul(torch.matmul(sq, Fc), sq))
        S = mat + mat.transpose(1, 2)
        R = g_pca - f + torch.matmul((S - M).transpose(1, 2), y_pca)
        gxh = torch.matmul(
            torch.matmul(R.transpose(1, 2), torch.diag_embed(w ** -0.5)),
            vt).transpose(1, 2)
        return _ungrouped(gxh, tuple(gy.shape)), None, None


def decorrelated_batch_normalization(x, **kwargs):
    """Chainer-compatible
    :func:`chainer.functions.decorrelated_batch_normalization` (ZCA
    whitening per group; keyword arguments ``groups=16``, ``eps=2e-5``,
    ``running_mean``, ``running_projection``, ``decay=0.9``; running arrays
    are updated in place)."""
    groups, eps, running_mean, running_projection, decay = \
        argument.parse_kwargs(
            kwargs, ('groups', 16), ('eps', 2e-5), ('running_mean', None),
            ('running_projection', None), ('decay', 0.9))
    xt = _f.tensor(x)

    def body(in_types):
        type_check.expect(in_types.size() == 1)
        x_type = in_types[0]
        type_check.expect(x_type.dtype.kind == 'f',
                          x_type.shape[1] % groups == 0)
        type_check.expect(x_type.ndim >= 2)
    _util.check('DecorrelatedBatchNormalization', (xt,), body)
    y, mean, w, v, U, m = _DBN.apply(xt, groups, eps)
    if running_mean is not None:
        from chainer_compat.functions.normalization import \
            batch_normalization as _bn
        _bn.update_running(running_mean, mean.squeeze(2), decay)
    if running_projection is not None:
        from chainer_compat.functions.normalization import \
            batch_normalization as _bn
        adjust = m / max(m - 1., 1.)
        _bn.update_running(running_projection, torch.matmul(v, U), decay,
                           (1 - decay) * adjust)
    return _f.output(y, 'DecorrelatedBatchNormalization', (x,))


def fixed_decorrelated_batch_normalization(x, mean, projection, groups=16):
    """Chainer-compatible
    :func:`chainer.functions.fixed_decorrelated_batch_normalization`
    (``projection @ (x - mean)`` per group).  The gradients w.r.t. ``mean``
    and ``projection`` are the true ones (Chainer 7.8.1's are wrong;
    D-304)."""
    xt = _f.tensor(x)
    mt = _f.tensor(mean)
    pt = _f.tensor(projection)

    def body(in_types):
        type_check.expect(in_types.size() == 3)
        x_type, mean_type, var_type = in_types
        type_check.expect(x_type.dtype.kind == 'f',
                          mean_type.dtype == x_type.dtype,
                          var_type.dtype == x_type.dtype)
        type_check.expect(x_type.ndim >= 2)
    _util.check('FixedDecorrelatedBatchNormalization', (xt, mt, pt), body)
    # (NumPy promotes mixed dtypes, e.g. in numerical gradient checks
    # where type checking is off; torch.matmul does not.)
    dt = torch.promote_types(torch.promote_types(xt.dtype, mt.dtype),
                             pt.dtype)
    # Chainer's forward is numpy: x_hat - expand_dims(mean, 2), then
    # matmul(projection, x_hat) and a reshape back; numpy's errors there.
    xh = _grouped(xt.to(dt), groups)
    if mt.dim() < 2:
        # numpy.expand_dims' error (an IndexError and a ValueError)
        raise numpy.exceptions.AxisError(2, mt.dim() + 1)
    me = mt.to(dt).unsqueeze(2)
    _check_broadcast(xh.shape, me.shape)
    xh = xh - me
    _check_matmul(pt.shape, xh.shape)
    y = torch.matmul(pt.to(dt), xh)
    shape = tuple(xt.shape)
    n = 1
    for s_ in (shape[1], shape[0]) + shape[2:]:
        n *= s_
    if y.numel() != n:
        raise ValueError('cannot reshape array of size {} into shape '
                         '{}'.format(y.numel(), _np_shape(
                             (shape[1], shape[0]) + shape[2:])))
    y = _ungrouped(y, shape)
    return _f.output(y, 'FixedDecorrelatedBatchNormalization',
                     (x, mean, projection))


def _np_shape(shape):
    return '({})'.format(','.join(str(s) for s in shape))


def _check_broadcast(*shapes):
    try:
        return torch.broadcast_shapes(*shapes)
    except RuntimeError:
        raise ValueError('operands could not be broadcast together with '
                         'shapes {} '.format(' '.join(
                             _np_shape(s) for s in shapes)))


def _check_matmul(a, b):
    # numpy.matmul's shape rules (errors as ValueError, like numpy)
    sig = '(n?,k),(k,m?)->(n?,m?)'
    for i, s in enumerate((a, b)):
        if len(s) == 0:
            raise ValueError(
                'matmul: Input operand {} does not have enough dimensions '
                '(has 0, gufunc core with signature {} requires 1)'.format(
                    i, sig))
    k_a = a[-1]
    k_b = b[0] if len(b) == 1 else b[-2]
    if k_a != k_b:
        raise ValueError(
            'matmul: Input operand 1 has a mismatch in its core dimension 0, '
            'with gufunc signature {} (size {} is different from {})'.format(
                sig, k_b, k_a))
    try:
        torch.broadcast_shapes(tuple(a[:-2]), tuple(b[:-2]))
    except RuntimeError:
        raise ValueError('operands could not be broadcast together with '
                         'remapped shapes {} {}'.format(_np_shape(a),
                                                        _np_shape(b)))
