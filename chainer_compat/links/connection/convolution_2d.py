"""``chainer.links.Convolution2D``."""
import numpy

import chainer_compat
from chainer_compat import link
from chainer_compat.links.connection import _conv_params
from chainer_compat.utils import argument
from chainer_compat import variable


_pair = _conv_params.pair


class Convolution2D(link.Link):

    """Two-dimensional convolutional layer (Chainer semantics).

    ``W`` is ``(out_channels, in_channels / groups, kh, kw)`` (LeCunNormal
    from numpy's global RNG unless ``initialW`` is given), ``b`` zeros.
    ``Convolution2D(out_channels, ksize)`` (``ksize`` omitted) and
    ``in_channels=None`` create ``W`` lazily at the first forward.
    """

    def __init__(self, in_channels, out_channels, ksize=None, stride=1, pad=0,
                 nobias=False, initialW=None, initial_bias=None, **kwargs):
        super(Convolution2D, self).__init__()
        dilate, groups = argument.parse_kwargs(
            kwargs, ('dilate', 1), ('groups', 1),
            deterministic='deterministic argument is not supported anymore. '
            'Use chainer.using_config(\'cudnn_deterministic\', value) '
            'context where value is either `True` or `False`.')
        if ksize is None:
            out_channels, ksize, in_channels = in_channels, out_channels, None
        # Chainer's cudnn_fast compute mode (channel-last layouts) has no
        # facade counterpart: remembered here, refused at forward (D-500).
        self.cudnn_fast = chainer_compat.get_compute_mode() == 'cudnn_fast'
        self.ksize = ksize
        self.stride = _pair(stride)
        self.pad = _pair(pad)
        self.dilate = _pair(dilate)
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.groups = int(groups)
        self.x_layout = None
        _conv_params.register_W_b(self, in_channels, out_channels, nobias,
                                  initialW, initial_bias)

    @property
    def printable_specs(self):
        specs = [
            ('in_channels', self.in_channels),
            ('out_channels', self.out_channels),
            ('ksize', self.ksize),
            ('stride', self.stride),
            ('pad', self.pad),
            ('nobias', self.b is None),
            ('dilate', self.dilate),
            ('groups', self.groups),
        ]
        for spec in specs:
            yield spec

    def _initialize_params(self, in_channels):
        kh, kw = _pair(self.ksize)
        _conv_params.check_groups(in_channels, self.out_channels,
                                  self.groups)
        W_shape = (self.out_channels, int(in_channels / self.groups), kh, kw)
        self.W.initialize(W_shape)

    @classmethod
    def from_params(cls, W, b=None, stride=1, pad=0, nobias=False, **kwargs):
        dilate, groups = argument.parse_kwargs(
            kwargs, ('dilate', 1), ('groups', 1))
        out_channels, _in_channels, kw, kh = W.shape
        in_channels = _in_channels * groups
        if b is not None:
            if out_channels != b.size:
                raise ValueError(
                    '`out_channels` does not match the size of `b`')
        return cls(
            in_channels, out_channels, (kw, kh), stride, pad, nobias,
            initialW=variable.as_array(W), initial_bias=variable.as_array(b),
            dilate=dilate, groups=groups)

    def forward(self, x):
        x = chainer_compat.as_variable(x)
        if self.cudnn_fast:
            if x.device.xp is numpy:
                raise RuntimeError(
                    '\'cudnn_fast\' can\'t be used in the CPU backend')
            raise RuntimeError(
                'chainer.links.Convolution2D: the \'cudnn_fast\' compute '
                'mode (channel-last layouts) is not supported (see '
                'docs/divergences.md D-500)')
        if self.W.array is None:
            self._initialize_params(x.shape[1])
        from chainer_compat.functions.connection import convolution_2d
        return convolution_2d.convolution_2d(
            x, self.W, self.b, self.stride, self.pad, dilate=self.dilate,
            groups=self.groups)
