"""``chainer.link_hooks``."""
from chainer_compat.link_hooks.spectral_normalization import SpectralNormalization  # NOQA
from chainer_compat.link_hooks.timer import TimerHook  # NOQA
from chainer_compat.link_hooks.weight_standardization import WeightStandardization  # NOQA
