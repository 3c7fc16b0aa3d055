"""Serializer base classes (``chainer.AbstractSerializer`` and friends)."""


class AbstractSerializer(object):

    """Abstract base class of all serializers and deserializers."""

    def __getitem__(self, key):
        """Gets a child serializer (``serializer['child']``)."""
        raise NotImplementedError

    def __call__(self, key, value):
        """Serializes or deserializes a value by given name."""
        raise NotImplementedError


class Serializer(AbstractSerializer):

    """Base class of all serializers."""

    def save(self, obj):
        """Saves an object by this serializer (``obj.serialize(self)``)."""
        obj.serialize(self)


class Deserializer(AbstractSerializer):

    """Base class of all deserializers."""

    def load(self, obj):
        """Loads an object from this deserializer (``obj.serialize(self)``)."""
        obj.serialize(self)
