"""``chainer.links.Parameter``: a link holding one array as parameter."""
import numpy

from chainer_compat import backend
from chainer_compat import link


class Parameter(link.Link):

    """Link whose only parameter ``W`` is initialised with ``array``.

    Calling it returns ``W`` through identity functions (so the output has a
    creator), as Chainer does.
    """

    def __init__(self, array):
        super(Parameter, self).__init__()
        self.add_param('W', array.shape, dtype=array.dtype)
        self.W.array = array
        if not isinstance(array, numpy.ndarray):
            # Chainer moves the link to the GPU holding ``array``.
            self.to_device(backend.get_device_from_array(array))

    def forward(self, volatile='off'):
        from chainer_compat.functions.math import identity
        W = identity.identity(self.W)
        # Chainer (v1 legacy): sets a plain attribute on the Variable.
        W.volatile = volatile
        return identity.identity(W)
