"""``chainer.functions.broadcast`` and ``broadcast_to``."""
import torch

from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def broadcast(*args):
    """Chainer-compatible :func:`chainer.functions.broadcast`.

    Returns a tuple of Variables broadcast to a common shape (NumPy rules);
    with a single argument returns it as a Variable.
    """
    if len(args) == 1:
        return _util.as_variable(args[0])
    ts = [_f.tensor(a) for a in args]

    def body(in_types):
        type_check.expect(in_types.size() > 0)
        type_check.expect_broadcast_shapes(*[t.shape for t in in_types])
    _util.check('Broadcast', ts, body)
    shape = torch.broadcast_shapes(*[t.shape for t in ts])
    # (torch.broadcast_tensors returns an input itself when its shape is
    # already the result; every output must be a new node.)
    ys = [t.expand(shape) for t in ts]
    return _f.outputs(ys, 'Broadcast', args)


def _check_broadcast_to(t, shape):
    """BroadcastTo's check_type_forward on tensor ``t`` (Chainer's
    InvalidType messages)."""
    def body(in_types):
        ndim = type_check.make_variable(len(shape), 'len(shape)')
        type_check.expect(in_types[0].ndim <= ndim)
        xs = type_check.eval(in_types[0].shape)
        for i in range(-1, -len(xs) - 1, -1):
            if xs[i] == shape[i] or xs[i] == 1:
                continue
            expect = 'in_type[0].shape[%d] == %d' % (i, shape[i])
            if shape[i] != 1:
                expect += ' or in_type[0].shape[%d] == 1' % i
            raise type_check.InvalidType(
                expect, 'in_type[0].shape: %s' % str(xs))
    _util.check('BroadcastTo', (t,), body, ('x',))


def broadcast_to(x, shape):
    """Chainer-compatible :func:`chainer.functions.broadcast_to`."""
    if x.shape == shape:
        return _util.as_variable(x)
    shape = tuple(shape)
    t = _f.tensor(x)
    _check_broadcast_to(t, shape)
    if any(s < 0 for s in shape):
        # numpy.broadcast_to's error (torch.expand treats -1 as "keep")
        raise ValueError('all elements of broadcast shape must be '
                         'non-negative')
    return _f.output(t.expand(shape), 'BroadcastTo', (x,))
