from chainer_compat.backends import cuda  # NOQA
from chainer_compat.backends import intel64  # NOQA
