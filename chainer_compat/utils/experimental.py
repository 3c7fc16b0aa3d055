"""``chainer.utils.experimental``."""
import warnings

import chainer_compat


def experimental(api_name):
    """Warns (``FutureWarning``) that ``api_name`` is experimental.

    Silenced by setting ``chainer.disable_experimental_feature_warning``
    to ``True``.
    """
    if not chainer_compat.disable_experimental_feature_warning:
        warnings.warn(
            '{} is experimental. The interface can change in the future.'
            .format(api_name), FutureWarning)
