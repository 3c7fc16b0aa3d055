"""Gradients of integer-dtype Variables through torch autograd.

Chainer's backprop is dtype-agnostic: a user ``FunctionNode`` may take an
int8 or uint32 input and return an integer gradient for it.  torch autograd
only carries floating-point gradients, so an integer Variable that takes part
in such a graph gets a *carrier*: a float64 tensor of its shape that stands
in for it inside the torch graph (``Variable._ghost``).  Integer gradients
travel as float64 (exact below 2**53) and are cast back to the Variable's
dtype, wrapping modulo 2**bits as numpy's integer sums do, when a user
``backward`` sees them and when they land in ``Variable.grad``.

Leaf carriers are zero-stride expansions of one float64 zero (no memory per
element); they are registered here so that ``backward`` can move their
accumulated gradients into the integer ``Variable.grad`` afterwards.
"""
import weakref

import torch

CARRIER_DTYPE = torch.float64
_UINT64 = getattr(torch, 'uint64', None)

# id(carrier) -> weakref(Variable) for leaf carriers still alive
_LEAVES = {}


def any_alive():
    """Whether any integer Variable carries a gradient carrier."""
    return bool(_LEAVES) or _N_OUTPUT_CARRIERS[0] > 0


# counts non-leaf carriers ever made (cheap flag for the backward fast path)
_N_OUTPUT_CARRIERS = [0]


def needs_carrier(v):
    """``v`` is an integer Variable that Chainer would differentiate."""
    t = v._t
    return (v._requires_grad and t is not None
            and not (t.is_floating_point() or t.is_complex())
            and t.dtype != torch.bool)


def carrier_of(v):
    """The tensor that stands for integer Variable ``v`` in torch autograd
    (made as a leaf on first use)."""
    g = v._ghost
    if g is None:
        t = v._t
        g = torch.zeros((), dtype=CARRIER_DTYPE, device=t.device).expand(
            t.shape)
        g.requires_grad_(True)
        v._ghost = g
        key = id(g)
        _LEAVES[key] = (weakref.ref(v, lambda _r, k=key: _LEAVES.pop(k, None)),
                        g)
    return g


def output_carrier(t):
    """A carrier for an integer output tensor ``t`` made inside a torch
    ``autograd.Function.forward`` (its grad_fn is set by torch)."""
    _N_OUTPUT_CARRIERS[0] += 1
    return torch.zeros(t.shape, dtype=CARRIER_DTYPE, device=t.device)


def to_int(g, like):
    """Carrier gradient ``g`` (float64) as ``like``'s integer dtype, wrapping
    as integer arithmetic does."""
    if g is None:
        return None
    g = g.detach().to(torch.int64)
    if like.dtype == _UINT64:
        return g.view(_UINT64)
    return g.to(like.dtype)


def to_carrier(g):
    """An integer gradient as carrier dtype (uint64 read as two's-complement
    int64, so wrapped values stay small and exact)."""
    if g.dtype == _UINT64:
        g = g.view(torch.int64)
    return g.to(CARRIER_DTYPE)


def collect_leaf_grads():
    """Move carrier grads of integer leaves into their ``Variable.grad``
    (accumulating, as Chainer accumulates into a leaf's grad)."""
    for key, (ref, g) in list(_LEAVES.items()):
        gg = g.grad
        if gg is None:
            continue
        g.grad = None
        v = ref()
        if v is None or v._ghost is not g:
            continue
        gi = to_int(gg, v._t)
        old = v._grad
        if old is not None:
            from chainer_compat._bridge import dtypes as _dtypes
            gi = _dtypes.int_add(old, gi)
        v._grad = gi
        v._grad_valid = True
