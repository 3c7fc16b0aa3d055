"""``chainer.links.TheanoFunction`` -- not supported (D-603).

Chainer compiles a Theano graph into a forward and a gradient function and
calls them from a FunctionNode.  Theano is unmaintained and does not run on
current Python/NumPy, and chainer_compat has no Theano bridge, so
constructing a ``TheanoFunction`` raises ``NotImplementedError``.
"""
from chainer_compat import link

_MESSAGE = (
    'chainer.links.TheanoFunction: Theano graphs are not supported by '
    'chainer_compat (see docs/divergences.md, D-603). Rewrite the '
    'computation with chainer.functions (torch ops) instead.')


class TheanoFunction(link.Link):

    """Theano function wrapper (unsupported here: the constructor raises)."""

    def __init__(self, inputs, outputs):
        raise NotImplementedError(_MESSAGE)

    def forward(self, *args):
        raise NotImplementedError(_MESSAGE)
