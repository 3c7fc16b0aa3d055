"""``chainer.functions.cast``."""
import numpy

from chainer_compat import configuration
from chainer_compat._bridge import convert as _convert
from chainer_compat._bridge import function as _f
from chainer_compat.functions.array import _util


def cast(x, typ):
    """Chainer-compatible :func:`chainer.functions.cast` (``astype``).

    The gradient is cast back to the input dtype; integer inputs get no
    gradient.
    """
    if x.dtype == typ and not configuration.config.enable_backprop:
        return _util.as_variable(x)
    t = _f.tensor(x)
    _util.check('Cast', (t,), lambda in_types: None, ('x',))
    tdt = _convert.torch_dtype(numpy.dtype(typ))
    if t.dtype == tdt:
        y = t.view_as(t)
    else:
        y = t.to(tdt)
    return _f.output(y, 'Cast', (x,))
