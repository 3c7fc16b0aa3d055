"""``chainer.training.Extension`` and :func:`make_extension`."""
from chainer_compat.utils import argument

PRIORITY_WRITER = 300
PRIORITY_EDITOR = 200
PRIORITY_READER = 100


class Extension(object):

    """Base class of trainer extensions.

    Attributes ``trigger`` (default ``(1, 'iteration')``), ``priority``
    (default ``PRIORITY_READER``) and ``name``; hooks ``initialize``,
    ``on_error``, ``finalize`` and ``serialize``.
    """

    trigger = 1, 'iteration'
    priority = PRIORITY_READER
    name = None

    @property
    def default_name(self):
        """Default name of the extension (the class name)."""
        return type(self).__name__

    def __call__(self, trainer):
        raise NotImplementedError(
            'Extension implementation must override __call__.')

    def __getattr__(self, name):
        if name == 'invoke_before_training':
            raise AttributeError(
                'invoke_before_training has been removed since Chainer '
                'v2.0.0. Use Extension.initialize instead.')
        raise AttributeError('{} object has no attribute {}'.format(
            type(self).__name__, name))

    def finalize(self):
        """Finalizes the extension (called at the end of training)."""
        pass

    def initialize(self, trainer):
        """Initializes up the trainer state (called before training)."""
        pass

    def on_error(self, trainer, exc, tb):
        """Handles the error raised during training before finalization."""
        pass

    def serialize(self, serializer):
        """Serializes the extension state (no-op by default)."""
        pass


def make_extension(trigger=None, default_name=None, priority=None,
                   finalizer=None, initializer=None, on_error=None, **kwargs):
    """Decorator to make given function into an extension."""
    if kwargs:
        msg = ('invoke_before_training has been removed since Chainer '
               'v2.0.0. Use initializer= instead.')
        argument.check_unexpected_kwargs(kwargs, invoke_before_training=msg)
        argument.assert_kwargs_empty(kwargs)

    if trigger is None:
        trigger = Extension.trigger
    if priority is None:
        priority = Extension.priority

    def decorator(ext):
        ext.trigger = trigger
        ext.default_name = default_name or ext.__name__
        ext.priority = priority
        ext.finalize = finalizer
        ext.on_error = on_error
        ext.initialize = initializer
        return ext

    return decorator
