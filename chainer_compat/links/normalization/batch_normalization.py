"""``chainer.links.BatchNormalization``.

Running statistics ``avg_mean``/``avg_var`` and the finetune counter ``N``
are persistents (torch buffers, read back as numpy views / int), updated in
place by ``F.batch_normalization`` in training mode.  Train/test behaviour
follows ``chainer.config.train`` (not ``nn.Module.training``).
"""
import numpy

import chainer_compat
from chainer_compat import configuration
from chainer_compat import functions
from chainer_compat import initializers
from chainer_compat import link
from chainer_compat.utils import argument
from chainer_compat import variable


def _running_decay(link, finetune):
    """Decay of the running statistics for one training step: with
    ``finetune`` the cumulative average over the ``link.N`` batches seen
    (counting this one), else ``link.decay``."""
    if finetune:
        link.N += 1
        return 1. - 1. / link.N
    return link.decay


class BatchNormalization(link.Link):

    """Batch normalization layer (decay=0.9, eps=2e-5 as Chainer)."""

    gamma = None
    beta = None

    def __init__(self, size=None, decay=0.9, eps=2e-5, dtype=None,
                 use_gamma=True, use_beta=True,
                 initial_gamma=None, initial_beta=None, axis=None,
                 initial_avg_mean=None, initial_avg_var=None):
        super(BatchNormalization, self).__init__()

        if size is None and axis is None:
            raise RuntimeError('size or axis is required')
        self._initial_avg_mean = initial_avg_mean
        self._initial_avg_var = initial_avg_var
        self.N = 0
        self.register_persistent('N')
        self.decay = decay
        self.eps = eps
        if isinstance(axis, int):
            axis = (axis,)
        self.axis = axis
        self._highprec_dtype = chainer_compat.get_dtype(
            dtype, map_mixed16=numpy.float32)

        with self.init_scope():
            if use_gamma:
                if initial_gamma is None:
                    initial_gamma = 1
                gamma_initializer = \
                    initializers._get_initializer(initial_gamma)
                gamma_initializer.dtype = self._highprec_dtype
                self.gamma = variable.Parameter(gamma_initializer)
            if use_beta:
                if initial_beta is None:
                    initial_beta = 0
                beta_initializer = initializers._get_initializer(initial_beta)
                beta_initializer.dtype = self._highprec_dtype
                self.beta = variable.Parameter(beta_initializer)

        if size is None:
            self.avg_mean = None
            self.avg_var = None
        else:
            self._initialize_params(size)

        self.register_persistent('avg_mean')
        self.register_persistent('avg_var')

    def _initialize_params(self, shape):
        self.avg_mean = self._init_array(self._initial_avg_mean, 0, shape)
        self._initial_avg_mean = None
        self.avg_var = self._init_array(self._initial_avg_var, 1, shape)
        self._initial_avg_var = None
        if self.gamma is not None:
            self.gamma.initialize(shape)
        if self.beta is not None:
            self.beta.initialize(shape)

    def _init_array(self, initializer, default_value, size):
        if initializer is None:
            initializer = default_value
        initializer = initializers._get_initializer(initializer)
        return initializers.generate_array(
            initializer, size, self.xp, dtype=self._highprec_dtype,
            device=self.device)

    def _filled(self, value, dtype):
        # Made with numpy and sent to the link's device (works whether the
        # device's xp is numpy, cupy or torch).
        return self.device.send(
            numpy.full(tuple(self.avg_mean.shape), value, dtype=dtype))

    def _get_gamma(self):
        return self._filled(1, self._highprec_dtype),

    def _get_beta(self):
        return self._filled(0, self._highprec_dtype),

    @property
    def printable_specs(self):
        # Chainer: ``hasattr`` sees the class attributes, so use_gamma /
        # use_beta always print True.
        specs = [
            ('size', self.avg_mean.shape[0]),
            ('decay', self.decay),
            ('eps', self.eps),
            ('dtype', self.avg_mean.dtype),
            ('use_gamma', hasattr(self, 'gamma')),
            ('use_beta', hasattr(self, 'beta')),
        ]
        for spec in specs:
            yield spec

    def forward(self, x, **kwargs):
        """forward(self, x, finetune=False)"""
        finetune, = argument.parse_kwargs(
            kwargs, ('finetune', False),
            test='test argument is not supported anymore. '
                 'Use chainer.using_config')

        if self.avg_mean is None:
            param_shape = tuple([
                d for i, d in enumerate(x.shape) if i not in self.axis])
            self._initialize_params(param_shape)

        gamma = self.gamma
        if gamma is None:
            gamma, = self._get_gamma()
        beta = self.beta
        if beta is None:
            beta, = self._get_beta()

        config = configuration.config
        if config.train:
            decay = _running_decay(self, finetune)

            avg_mean = self.avg_mean
            avg_var = self.avg_var
            if getattr(config, 'in_recomputing', False):
                if finetune:
                    self.N -= 1
                avg_mean = None
                avg_var = None

            ret = functions.batch_normalization(
                x, gamma, beta, eps=self.eps, running_mean=avg_mean,
                running_var=avg_var, decay=decay, axis=self.axis)
        else:
            ret = functions.fixed_batch_normalization(
                x, gamma, beta, self.avg_mean, self.avg_var, self.eps,
                axis=self.axis)
        return ret

    def start_finetuning(self):
        """Resets the population count ``N`` used by finetune mode."""
        self.N = 0
