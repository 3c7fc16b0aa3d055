"""Helpers shared by the function hooks."""


def _impl_name(function):
    """Chainer's ``FunctionNode._impl_name``: the implementing class name
    (the wrapped ``Function``'s class for old-style functions)."""
    name = getattr(function, '_impl_name', None)
    if isinstance(name, str):
        return name
    return type(function).__name__


def _format_table(entries, file):
    """Writes rows right-aligned in columns two spaces apart."""
    widths = [max(len(row[i]) for row in entries)
              for i in range(len(entries[0]))]
    template = '  '.join('{:>%d}' % w for w in widths)
    for row in entries:
        file.write(template.format(*row))
        file.write('\n')
    if hasattr(file, 'flush'):
        file.flush()
