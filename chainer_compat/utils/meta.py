"""``final`` methods (``chainer.utils.meta``)."""
import warnings

# Attribute that marks a final method (kept as the literal name Chainer
# uses, so classes built with either implementation interoperate).
_OVERRIDE_ACTION = '__override_action'


def final(*args, **kwargs):
    """Declares a method final: overriding it in a subclass of a class made
    by :func:`enable_final` raises ``action`` (``TypeError`` by default)
    or warns when ``action`` is a ``Warning`` class.

    Usable as ``@final`` or ``@final(action=UserWarning)``.
    """
    def mark(f, action=TypeError):
        assert callable(f)
        setattr(f, _OVERRIDE_ACTION, (action,))
        return f

    if not kwargs and len(args) == 1:
        return mark(args[0])
    assert len(args) == 0
    return lambda f: mark(f, **kwargs)


class _EnableFinal(type):

    def __new__(cls, name, bases, d):
        for key in d:
            for base in bases:
                marker = getattr(getattr(base, key, None), _OVERRIDE_ACTION,
                                 None)
                if marker is None:
                    continue
                action, = marker
                if issubclass(action, Warning):
                    warnings.warn('Overriding method {!r}.'.format(key),
                                  action)
                elif issubclass(action, Exception):
                    raise action('method {!r} is final.'.format(key))
                else:
                    assert False, 'Invalid action: {}'.format(action)
        return super(_EnableFinal, cls).__new__(cls, name, bases, d)


def enable_final(base=(), meta_base=()):
    """Returns a base class whose subclasses honour :func:`final`.

    Args:
        base (type or tuple of types): base classes of the returned class.
        meta_base (type or tuple of types): extra metaclasses to combine
            with (to avoid metaclass conflicts).
    """
    if not isinstance(base, (list, tuple)):
        base = (base,)
    if not isinstance(meta_base, (list, tuple)):
        meta_base = (meta_base,)
    metaclass = type('base_metaclass', (_EnableFinal,) + tuple(meta_base), {})
    return _with_metaclass(metaclass, tuple(base))


def _with_metaclass(meta, bases):
    # A placeholder class whose own metaclass, when the placeholder is
    # subclassed, builds the subclass with ``meta`` directly on ``bases``:
    # the placeholder never appears in the MRO (same as six.with_metaclass).
    class _Placeholder(type):
        def __new__(cls, name, this_bases, d):
            return meta(name, bases, d)

        @classmethod
        def __prepare__(cls, name, this_bases):
            return meta.__prepare__(name, bases)

    return type.__new__(_Placeholder, 'temporary_class', (), {})
