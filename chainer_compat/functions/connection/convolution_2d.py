"""``chainer.functions.convolution_2d``."""
from chainer_compat._bridge import function as _f
from chainer_compat.functions.connection import _util
from chainer_compat.utils import argument
from chainer_compat.utils import type_check

_DETERMINISTIC = (
    'deterministic argument is not supported anymore. '
    'Use chainer.using_config(\'cudnn_deterministic\', value) '
    'context where value is either `True` or `False`.')


def _pair(x):
    if hasattr(x, '__getitem__'):
        return tuple(x)
    return x, x


def convolution_2d(x, W, b=None, stride=1, pad=0, cover_all=False, **kwargs):
    """Chainer-compatible two-dimensional convolution.

    ``W`` has shape ``(out_channels, in_channels / groups, kh, kw)``.
    ``cover_all=True`` adds Chainer's extra windows (computed with extra
    right padding); ``dilate`` and ``groups`` are keyword arguments.
    """
    dilate, groups, cudnn_fast = argument.parse_kwargs(
        kwargs, ('dilate', 1), ('groups', 1), ('cudnn_fast', False),
        deterministic=_DETERMINISTIC)
    return _convolution_2d(x, W, b, stride, pad, cover_all, dilate, groups,
                           cudnn_fast, 'Convolution2DFunction')


def _convolution_2d(x, W, b, stride, pad, cover_all, dilate, groups,
                    cudnn_fast, label):
    sy, sx = _pair(stride)
    ph, pw = _pair(pad)
    dy, dx = _pair(dilate)
    if dx < 1 or dy < 1:
        raise ValueError('Dilate should be positive, but {} is '
                         'supplied.'.format(dilate))
    xt = _f.tensor(x)
    wt = _f.tensor(W)
    bt = None if b is None else _f.tensor(b)
    arrays = (xt, wt) if bt is None else (xt, wt, bt)

    def body(in_types):
        n_in = in_types.size()
        type_check.expect(2 <= n_in, n_in <= 3)
        x_type = in_types[0]
        w_type = in_types[1]
        type_check.expect(
            x_type.dtype.kind == 'f',
            w_type.dtype.kind == 'f',
            x_type.ndim == 4,
            w_type.ndim == 4,
            x_type.shape[1] == w_type.shape[1] * groups,
        )
        if type_check.eval(n_in) == 3:
            b_type = in_types[2]
            type_check.expect(
                b_type.dtype == x_type.dtype,
                b_type.ndim == 1,
                b_type.shape[0] == w_type.shape[0],
            )
    _util.check(label, arrays, body)
    if cudnn_fast and not xt.is_cuda:
        raise RuntimeError('\'cudnn_fast\' can\'t be used in the CPU backend')
    kh, kw = wt.shape[2:]
    # Chainer's CPU path fails im2col's assertion, the GPU path a
    # RuntimeError
    err = RuntimeError if xt.is_cuda else AssertionError
    if _util.conv_outsize(xt.shape[2], kh, sy, ph, cover_all, dy) <= 0:
        raise err('Height in the output should be positive.')
    if _util.conv_outsize(xt.shape[3], kw, sx, pw, cover_all, dx) <= 0:
        raise err('Width in the output should be positive.')
    if not xt.is_cuda:
        _util.check_im2col_pad((sy, sx), (ph, pw))
    if wt.dtype != xt.dtype:
        wt = wt.to(xt.dtype)  # numpy's tensordot promotes, then astype(x)
    y = _util.conv_core(xt, wt, bt, (sy, sx), (ph, pw), cover_all,
                        (dy, dx), groups)
    return _f.output(y, label, (x, W) if b is None else (x, W, b))


class Convolution2DFunction(_util._NodeLike):
    """Node-style entry point (``Convolution2DFunction(...).apply(xs)``)."""

    _label = 'Convolution2DFunction'

    def __init__(self, stride=1, pad=0, cover_all=False, **kwargs):
        dilate, groups, cudnn_fast = argument.parse_kwargs(
            kwargs, ('dilate', 1), ('groups', 1), ('cudnn_fast', False),
            deterministic=_DETERMINISTIC,
            requires_x_grad='requires_x_grad argument is not supported '
            'anymore. Just remove the argument. Note that whether to compute '
            'the gradient w.r.t. x is automatically decided during '
            'backpropagation.')
        self.sy, self.sx = _pair(stride)
        self.ph, self.pw = _pair(pad)
        self.cover_all = cover_all
        self.dy, self.dx = _pair(dilate)
        self.groups = groups
        self.cudnn_fast = cudnn_fast
        if self.dx < 1 or self.dy < 1:
            raise ValueError('Dilate should be positive, but {} is '
                             'supplied.'.format(dilate))

    def _call(self, x, W, b=None):
        return _convolution_2d(x, W, b, (self.sy, self.sx),
                               (self.ph, self.pw), self.cover_all,
                               (self.dy, self.dx), self.groups,
                               self.cudnn_fast, self._label)
