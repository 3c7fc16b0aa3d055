"""``chainer.links.DecorrelatedBatchNormalization``."""
import functools
import warnings

import numpy

import chainer_compat
from chainer_compat import configuration
from chainer_compat import functions
from chainer_compat import link
import chainer_compat.serializer as serializer_mod
from chainer_compat.utils import argument
from chainer_compat.links.normalization import batch_normalization as _bn


class DecorrelatedBatchNormalization(link.Link):

    """Decorrelated batch normalization (ZCA whitening per channel group).

    Persistents: ``avg_mean`` ``(groups, C)``, ``avg_projection``
    ``(groups, C, C)`` (identity) and ``N``.
    """

    def __init__(self, size, groups=16, decay=0.9, eps=2e-5,
                 dtype=numpy.float32):
        super(DecorrelatedBatchNormalization, self).__init__()
        C = size // groups
        self.avg_mean = numpy.zeros((groups, C), dtype=dtype)
        self.register_persistent('avg_mean')
        avg_projection = numpy.zeros((groups, C, C), dtype=dtype)
        arange_C = numpy.arange(C)
        avg_projection[:, arange_C, arange_C] = 1
        self.avg_projection = avg_projection
        self.register_persistent('avg_projection')
        self.N = 0
        self.register_persistent('N')
        self.decay = decay
        self.eps = eps
        self.groups = groups

    def serialize(self, serializer):
        if isinstance(serializer, serializer_mod.Deserializer):
            serializer = _PatchedDeserializer(serializer, {
                'avg_mean': functools.partial(
                    fix_avg_mean, groups=self.groups),
                'avg_projection': functools.partial(
                    fix_avg_projection, groups=self.groups),
            })
        super(DecorrelatedBatchNormalization, self).serialize(serializer)

    def forward(self, x, **kwargs):
        finetune, = argument.parse_kwargs(kwargs, ('finetune', False))
        config = configuration.config
        if config.train:
            decay = _bn._running_decay(self, finetune)
            avg_mean = self.avg_mean
            avg_projection = self.avg_projection
            if getattr(config, 'in_recomputing', False):
                if finetune:
                    self.N -= 1
                avg_mean = None
                avg_projection = None
            ret = functions.decorrelated_batch_normalization(
                x, groups=self.groups, eps=self.eps,
                running_mean=avg_mean, running_projection=avg_projection,
                decay=decay)
        else:
            ret = functions.fixed_decorrelated_batch_normalization(
                x, self.avg_mean, self.avg_projection, groups=self.groups)
        return ret

    def start_finetuning(self):
        """Resets the population count ``N`` used by finetune mode."""
        self.N = 0


class _PatchedDeserializer(serializer_mod.Deserializer):

    def __init__(self, base, patches):
        self.base = base
        self.patches = patches

    def __repr__(self):
        return '_PatchedDeserializer({}, {})'.format(
            repr(self.base), repr(self.patches))

    def __call__(self, key, value):
        if key not in self.patches:
            return self.base(key, value)
        arr = self.base(key, None)
        arr = self.patches[key](arr)
        if value is None:
            return arr
        chainer_compat.backend.copyto(value, arr)
        return value


def _warn_old_model():
    warnings.warn(
        'Found moving statistics of old DecorrelatedBatchNormalization, '
        'whose algorithm was different from the paper.')


def fix_avg_mean(avg_mean, groups):
    if avg_mean.ndim == 2:  # OK
        return avg_mean
    elif avg_mean.ndim == 1:  # Issue #7706
        if groups != 1:
            _warn_old_model()
        return numpy.broadcast_to(avg_mean, (groups,) + avg_mean.shape)
    raise ValueError('unexpected shape of avg_mean')


def fix_avg_projection(avg_projection, groups):
    if avg_projection.ndim == 3:  # OK
        return avg_projection
    elif avg_projection.ndim == 2:  # Issue #7706
        if groups != 1:
            _warn_old_model()
        return numpy.broadcast_to(
            avg_projection, (groups,) + avg_projection.shape)
    raise ValueError('unexpected shape of avg_projection')
