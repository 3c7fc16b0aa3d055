"""``chainer.links.GroupNormalization``."""
import numpy

import chainer_compat
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat import variable


class GroupNormalization(link.Link):

    """Group normalization layer (eps=1e-5; ``gamma``/``beta`` per channel,
    created lazily from ``x.shape[1]`` when ``size`` is None)."""

    def __init__(self, groups, size=None, eps=1e-5, initial_gamma=None,
                 initial_beta=None):
        super(GroupNormalization, self).__init__()
        if initial_gamma is None:
            initial_gamma = 1
        if initial_beta is None:
            initial_beta = 0

        highprec_dtype = chainer_compat.get_dtype(
            None, map_mixed16=numpy.float32)

        with self.init_scope():
            self.groups = groups
            gamma_initializer = initializers._get_initializer(initial_gamma)
            gamma_initializer.dtype = highprec_dtype
            beta_initializer = initializers._get_initializer(initial_beta)
            beta_initializer.dtype = highprec_dtype
            self.gamma = variable.Parameter(gamma_initializer)
            self.beta = variable.Parameter(beta_initializer)
            self.eps = eps

        if size is not None:
            self._initialize_params(size)

    def _initialize_params(self, size):
        self.gamma.initialize(size)
        self.beta.initialize(size)

    def forward(self, x):
        if self.gamma.array is None:
            if x.ndim < 2:
                raise ValueError('Input dimension must be at least 2, '
                                 'including batch size dimension '
                                 '(first dimension).')
            self._initialize_params(x.shape[1])
        from chainer_compat.functions.normalization import \
            group_normalization
        return group_normalization.group_normalization(
            x, self.groups, self.gamma, self.beta, self.eps)
