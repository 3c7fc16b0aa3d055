"""Optimizers (``chainer.optimizers``)."""
from chainer_compat.optimizers.ada_delta import AdaDelta  # NOQA
from chainer_compat.optimizers.ada_grad import AdaGrad  # NOQA
from chainer_compat.optimizers.adam import Adam  # NOQA
from chainer_compat.optimizers.adam import AdamW  # NOQA
from chainer_compat.optimizers.adam import AMSGrad  # NOQA
from chainer_compat.optimizers.adam import AdaBound  # NOQA
from chainer_compat.optimizers.adam import AMSBound  # NOQA
from chainer_compat.optimizers.corrected_momentum_sgd import CorrectedMomentumSGD  # NOQA
from chainer_compat.optimizers.momentum_sgd import MomentumSGD  # NOQA
from chainer_compat.optimizers.msvag import MSVAG  # NOQA
from chainer_compat.optimizers.nesterov_ag import NesterovAG  # NOQA
from chainer_compat.optimizers.rmsprop import RMSprop  # NOQA
from chainer_compat.optimizers.rmsprop_graves import RMSpropGraves  # NOQA
from chainer_compat.optimizers.sgd import SGD  # NOQA
from chainer_compat.optimizers.smorms3 import SMORMS3  # NOQA
