"""``chainer.warnings``."""


class PerformanceWarning(RuntimeWarning):
    """Warning that indicates an unexpected performance issue."""
