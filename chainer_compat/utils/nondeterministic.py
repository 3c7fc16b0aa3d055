"""``chainer.utils.nondeterministic``."""
import warnings

from chainer_compat import configuration


def nondeterministic(f_name):
    """Warns that ``f_name`` may be non-deterministic, when
    ``config.warn_nondeterministic`` is set."""
    if configuration.config.warn_nondeterministic:
        warnings.warn(
            'Potentially non-deterministic code is being executed while'
            ' config.warn_nondeterministic set. Source: ' + f_name)
