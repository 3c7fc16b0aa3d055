"""Parameter setup shared by the convolution links (private).

Every Chainer convolution link registers ``W`` (initialised now when
``in_channels`` is known, else at the first forward) and then ``b``, in
that order: ``W`` draws from numpy's global RNG, so the order is part of
the seeded results.
"""
from chainer_compat import initializers
from chainer_compat import variable


def pair(x):
    """``x`` as a 2-tuple (Chainer's per-file ``_pair``)."""
    if hasattr(x, '__getitem__'):
        return x
    return x, x


def register_W_b(link, in_channels, out_channels, nobias, initialW,
                 initial_bias):
    """Registers ``link.W`` and ``link.b`` (None with ``nobias``); ``W`` is
    shaped by ``link._initialize_params(in_channels)`` when known."""
    register_W(link, in_channels, initialW)
    register_b(link, out_channels, nobias, initial_bias)


def register_W(link, in_channels, initialW):
    with link.init_scope():
        link.W = variable.Parameter(initializers._get_initializer(initialW))
        if in_channels is not None:
            link._initialize_params(in_channels)


def register_b(link, out_channels, nobias, initial_bias):
    with link.init_scope():
        if nobias:
            link.b = None
        else:
            if initial_bias is None:
                initial_bias = 0
            link.b = variable.Parameter(
                initializers._get_initializer(initial_bias), out_channels)


def check_groups(in_channels, out_channels, groups):
    """Chainer's ValueErrors for channel counts not divisible by groups."""
    if out_channels % groups != 0:
        raise ValueError('the number of output channels must be'
                         ' divisible by the number of groups')
    if in_channels % groups != 0:
        raise ValueError('the number of input channels must be'
                         ' divisible by the number of groups')
