"""``chainer.backends.intel64``: iDeep is not available in chainer_compat."""
from chainer_compat.configuration import config  # NOQA
from chainer_compat.backend import Intel64Device  # NOQA


class _IdeepUnavailable(object):
    def __getattr__(self, name):
        raise RuntimeError('chainer_compat: iDeep is not available '
                           '(see docs/divergences.md)')


mdarray = type('mdarray', (object,), {})
ideep = None


def is_ideep_available():
    """iDeep is never available in chainer_compat."""
    return False


def check_ideep_available():
    raise RuntimeError('iDeep is not available (chainer_compat has no '
                       'iDeep backend; see docs/divergences.md)')


def should_use_ideep(level):
    return False


def inputs_all_ready(inputs, supported_ndim=(2, 4)):
    return False
