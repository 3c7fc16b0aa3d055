"""``chainerx``: not available in chainer_compat (as in CPU-only wheels)."""


class ndarray(object):
    """Dummy class, only for isinstance checks."""

    def __init__(self, *args, **kwargs):
        raise RuntimeError('chainerx is not available.')


class Device(object):
    def __init__(self, *args, **kwargs):
        raise RuntimeError('chainerx is not available.')


def is_available():
    """ChainerX is never available in chainer_compat."""
    return False
