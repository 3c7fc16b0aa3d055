"""``chainer.functions.zoneout``."""
from chainer_compat import configuration
from chainer_compat._bridge import function as _f
from chainer_compat.functions.math import _helpers as _h
from chainer_compat.functions.noise import _random
from chainer_compat.utils import argument
from chainer_compat.utils import type_check


def zoneout(h, x, ratio=.5, **kwargs):
    """zoneout(h, x, ratio=.5)

    In training mode each element keeps its previous value ``h`` with
    probability ``ratio`` (flag drawn by ``numpy.random.rand`` on CPU, as
    Chainer) and takes ``x`` otherwise; in test mode returns ``x`` as is.
    """
    if kwargs:
        argument.check_unexpected_kwargs(
            kwargs, train='train argument is not supported anymore. '
            'Use chainer.using_config')
        argument.assert_kwargs_empty(kwargs)
    if not configuration.config.train:
        return x
    ht = _f.tensor(h)
    xt = _f.tensor(x)

    def fn(in_types):
        type_check.expect(in_types.size() == 2)
    _h.check('Zoneout', (ht, xt), None, fn)
    flag_x = _random.rand(tuple(xt.shape), xt) >= ratio
    flag_h = ~flag_x
    y = ht * flag_h + xt * flag_x
    out = _f.output(y, 'Zoneout', (h, x))
    _h.set_node_attrs(
        out, 'Zoneout', (h, x), flag_h=_f.array_of(flag_h),
        flag_x=_f.array_of(flag_x), zoneout_ratio=ratio)
    return out
