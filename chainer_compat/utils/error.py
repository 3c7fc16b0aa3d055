"""Error-message helpers."""


def _format_array_props(arrays):
    """'shape:dtype' of each array (``None`` stays ``None``), for messages."""
    assert isinstance(arrays, (list, tuple))
    return ', '.join([
        None if a is None else '{}:{}'.format(a.shape, a.dtype.name)
        for a in arrays])
