"""``chainer.functions.forget``: recompute the forward pass on backward."""
import torch

from chainer_compat import configuration
from chainer_compat import variable as _variable
from chainer_compat._bridge import function as _f

_Variable = _variable.Variable


def _call_func(func, xs):
    outs = func(*xs)
    if isinstance(outs, tuple):
        for i, out in enumerate(outs):
            if isinstance(out, _Variable):
                continue
            n = i + 1
            suffix = {1: 'st', 2: 'nd', 3: 'rd'}.get(
                n if n < 20 else n % 10, 'th')
            msg = ('{}{} element of a returned tuple is not Variable, '
                   'but is {}').format(n, suffix, type(out))
            raise RuntimeError(msg)
    elif isinstance(outs, _Variable):
        outs = (outs,)
    else:
        msg = ('A tuple of Variables or a Variable are expected, but {} '
               'is returned.'.format(type(outs)))
        raise RuntimeError(msg)
    return outs


def _leaf(t, requires_grad):
    d = t.detach()
    if requires_grad and d.is_floating_point():
        d.requires_grad_(True)
    return _Variable._from_tensor(d, requires_grad)


class _Forget(torch.autograd.Function):
    """Runs ``func`` without a graph in forward; on backward reruns it with
    a graph (``config.in_recomputing = True``) and backpropagates through
    the recomputed graph.  Double backprop raises, as in Chainer."""

    @staticmethod
    def forward(ctx, func, *ts):
        ctx.func = func
        ctx.save_for_backward(*ts)
        with configuration.using_config('_will_recompute', True):
            xs = [_leaf(t, True) for t in ts]
            outs = _call_func(func, xs)
        res = []
        for o in outs:
            r = o._t.detach()
            if any(r is t for t in ts) or any(
                    r.data_ptr() == t.data_ptr() for t in ts):
                r = r.clone()
            res.append(r)
        nondiff = [r for r in res if not r.is_floating_point()]
        if nondiff:
            ctx.mark_non_differentiable(*nondiff)
        return tuple(res)

    @staticmethod
    def backward(ctx, *gys):
        if torch.is_grad_enabled():
            raise RuntimeError('double backpropagation in functions.forget '
                               'is not allowed.')
        ts = ctx.saved_tensors
        with torch.enable_grad(), \
                configuration.using_config('in_recomputing', True):
            xs = [_leaf(t, True) for t in ts]
            outs = _call_func(ctx.func, xs)
            assert len(outs) == len(gys)
            pairs = [(o._t, g) for o, g in zip(outs, gys)
                     if g is not None and o._t.requires_grad]
            # Like Chainer's _backprop_to_all: every leaf reached (the
            # recomputed inputs *and* parameters used inside ``func``)
            # accumulates its gradient.
            if pairs:
                torch.autograd.backward([p[0] for p in pairs],
                                        [p[1] for p in pairs])
            grads = [x._t.grad if x._t.requires_grad else None for x in xs]
        return (None,) + tuple(grads)


def forget(func, *xs):
    """Calls ``func(*xs)`` without storing the intermediate graph; the
    forward computation is redone during backward (memory for compute, like
    ``torch.utils.checkpoint``).  ``func`` must return a Variable or a tuple
    of Variables.  Double backprop through ``forget`` raises RuntimeError.
    """
    if not callable(func):
        raise TypeError('func must be callable')
    xs = tuple(x if isinstance(x, _Variable) else
               _Variable(x, requires_grad=True) for x in xs)
    ts = [_f.tensor(x) for x in xs]
    ys = _Forget.apply(func, *ts)
    if not isinstance(ys, tuple):
        ys = (ys,)
    ys = _f.outputs(list(ys), 'Forget', xs)
    if len(ys) == 1:
        ys, = ys
    return ys
