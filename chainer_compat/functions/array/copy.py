"""``chainer.functions.copy``."""
from chainer_compat import backend
from chainer_compat._bridge import function as _f
from chainer_compat.backends import cuda


def copy(x, dst):
    """Chainer-compatible :func:`chainer.functions.copy` (device transfer).

    ``dst`` is any device specifier Chainer accepts (``-1``/``'@numpy'`` for
    CPU, a GPU id, a Device).  As in Chainer, a copy to the device the array
    is already on does not duplicate the memory.
    """
    if dst is getattr(cuda, 'DummyDevice', object()):
        dst = '@numpy'
    if isinstance(dst, int) and dst < 0:
        dst = '@numpy'
    out = backend.get_device(dst)
    t = _f.tensor(x)
    tdev = out._torch_device
    if t.device == tdev:
        y = t.view_as(t)
    else:
        y = t.to(tdev)
    return _f.output(y, 'Copy', (x,))
