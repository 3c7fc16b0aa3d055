"""``chainer.functions.dropout``."""
import numpy

from chainer_compat import configuration
from chainer_compat import variable as _variable
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.functions.noise import _random
from chainer_compat.utils import argument

_LABEL = 'Dropout'


def dropout(x, ratio=.5, **kwargs):
    """dropout(x, ratio=.5, *, mask=None, return_mask=False)

    Drops elements with probability ``ratio`` and scales the rest by
    ``1 / (1 - ratio)`` when ``chainer.config.train`` is True; otherwise
    returns ``x`` unchanged (``as_variable(x)``).  On CPU the mask is
    ``numpy.random.rand(*x.shape) >= ratio`` -- the same draw as Chainer.
    ``mask`` (array shaped like ``x``) overrides the random mask;
    ``return_mask=True`` also returns the mask (None in test mode).
    """
    mask = None
    return_mask = False
    if kwargs:
        mask, return_mask = argument.parse_kwargs(
            kwargs, ('mask', mask), ('return_mask', return_mask),
            train='train argument is not supported anymore. '
                  'Use chainer.using_config')
    if configuration.config.train:
        func = Dropout(ratio, mask, return_mask)
        out, = func.apply((x,))
        mask = func.mask
    else:
        out = _variable.as_variable(x)
        mask = None
    if return_mask:
        return out, mask
    return out


class Dropout(object):
    """Chainer's ``Dropout`` node reduced to ``apply`` (see D-202): the
    first ``apply`` draws the mask (``numpy.random.rand`` on CPU), later
    calls reuse it.  Always drops (``config.train`` is checked by
    :func:`dropout`, not here)."""

    def __init__(self, dropout_ratio, mask=None, return_mask=False):
        if not 0.0 <= dropout_ratio < 1.0:
            raise ValueError('dropout_ratio must be in the range [0, 1)')
        self.dropout_ratio = dropout_ratio
        self.mask = mask
        self.return_mask = return_mask

    @property
    def label(self):
        return _LABEL

    def apply(self, inputs):
        x, = inputs
        t = _f.tensor(x)
        _h.check_float(_LABEL, t)
        if self.mask is not None:
            mt = _f.tensor(self.mask)
            if mt.device != t.device:
                mt = mt.to(t.device)
        elif t.device.type == 'cpu':
            # Chainer's CPU draw, computed in numpy exactly as Chainer does
            scale = _f.numpy_dtype(t).type(1. / (1 - self.dropout_ratio))
            flag = numpy.random.rand(*t.shape) >= self.dropout_ratio
            self.mask = scale * flag
            mt = _f.tensor(self.mask)
        else:
            scale = float(_f.numpy_dtype(t).type(
                1. / (1 - self.dropout_ratio)))
            flag = _random.rand(tuple(t.shape), t) >= self.dropout_ratio
            mt = flag.to(t.dtype) * scale
            self.mask = _f.array_of(mt)
        out = _f.output(t * mt, _LABEL, (x,))
        _h.set_node_attrs(out, _LABEL, (x,), mask=self.mask,
                          dropout_ratio=self.dropout_ratio)
        return out,
