"""Facade unit tests: connection links (shapes, lazy forms, errors, reprs,
torch registration)."""
import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import links as L
from chainer_compat import initializers as I


def test_conv2d_two_arg_lazy_form():
    l = L.Convolution2D(4, 3)
    assert l.in_channels is None and l.out_channels == 4 and l.ksize == 3
    assert l.W.array is None
    y = l(numpy.zeros((1, 2, 5, 5), numpy.float32))
    assert l.W.shape == (4, 2, 3, 3)
    assert y.shape == (1, 4, 3, 3)


def test_conv2d_str_and_specs():
    l = L.Convolution2D(3, 4, 3, stride=2, pad=1, nobias=True)
    assert str(l) == ('Convolution2D(in_channels=3, out_channels=4, ksize=3, '
                      'stride=(2, 2), pad=(1, 1), nobias=True, '
                      'dilate=(1, 1), groups=1)')
    assert str(L.Linear(2, 3)) == 'Linear(in_size=2, out_size=3, nobias=False)'
    assert str(L.Deconvolution2D(2, 3, 2)) == 'Deconvolution2D()'


def test_conv2d_groups_errors():
    with pytest.raises(ValueError, match='output channels'):
        L.Convolution2D(4, 3, 2, groups=2)
    with pytest.raises(ValueError, match='input channels'):
        L.Convolution2D(3, 4, 2, groups=2)
    with pytest.raises(ValueError, match='output channels'):
        L.Deconvolution2D(4, 3, 2, groups=2)
    with pytest.raises(ValueError, match='input channels'):
        L.ConvolutionND(2, 3, 4, 2, groups=2)


def test_conv2d_deterministic_kwarg_rejected():
    with pytest.raises(ValueError, match='deterministic'):
        L.Convolution2D(1, 2, 3, deterministic=True)
    with pytest.raises(TypeError):
        L.Convolution2D(1, 2, 3, foo=1)


def test_conv_from_params():
    W = numpy.random.randn(4, 1, 2, 3).astype(numpy.float32)
    b = numpy.arange(4, dtype=numpy.float32)
    l = L.Convolution2D.from_params(W, b, stride=2, groups=2)
    assert l.W.shape == (4, 1, 2, 3) and l.groups == 2
    numpy.testing.assert_array_equal(l.b.array, b)
    with pytest.raises(ValueError):
        L.Convolution2D.from_params(W, b[:3])
    l = L.ConvolutionND.from_params(
        numpy.zeros((2, 3, 2, 2, 2), numpy.float32), cover_all=True)
    assert l.ksize == (2, 2, 2) and l.cover_all
    e = L.EmbedID.from_params(numpy.ones((3, 2), numpy.float32),
                              ignore_label=0)
    assert e.ignore_label == 0 and e.W.shape == (3, 2)


def test_convnd_aliases():
    assert L.Convolution1D(2, 3, 2).W.shape == (3, 2, 2)
    assert L.Convolution3D(2, 3, 2).W.shape == (3, 2, 2, 2, 2)
    assert L.Deconvolution1D(2, 3, 2).W.shape == (2, 3, 2)
    assert L.Deconvolution3D(2, 4, 2, groups=2).W.shape == (2, 2, 2, 2, 2)
    with pytest.raises(AssertionError):
        L.ConvolutionND(2, 1, 1, (2, 2, 2))


def test_deconv2d_outsize_attr():
    assert L.Deconvolution2D(1, 1, 2).outsize == (None, None)
    l = L.Deconvolution2D(1, 1, 3, stride=2, outsize=(6, 6))
    y = l(numpy.zeros((1, 1, 3, 3), numpy.float32))
    assert y.shape == (1, 1, 6, 6)


def test_deconv2d_initial_bias_shape_checked():
    with pytest.raises(AssertionError):
        L.Deconvolution2D(1, 2, 2, initial_bias=numpy.zeros(3, 'f'))


def test_depthwise_and_deformable_defaults():
    numpy.random.seed(0)
    l = L.DepthwiseConvolution2D(3, 2, 2)
    assert l.W.shape == (2, 3, 2, 2) and l.b.shape == (6,)
    d = L.DeformableConvolution2D(2, 3, 2)
    assert d.offset_conv.W.shape == (8, 2, 2, 2)
    assert not d.deform_conv.W.array.any()   # Zero by default
    assert d.deform_conv.initialW is None


def test_local_convolution_shapes():
    l = L.LocalConvolution2D(2, 3, (5, 4), 2)
    assert l.W.shape == (3, 4, 3, 2, 2, 2) and l.b.shape == (3, 4, 3)
    l = L.LocalConvolution2D(None, 3, ksize=2, nobias=True)
    assert l.W.array is None and l.b is None


def test_mlp_convolution_errors_and_structure():
    with pytest.raises(TypeError, match='wscale'):
        L.MLPConvolution2D(1, (2,), 1, 1, 0, chainer.functions.relu, 1.0)
    with pytest.raises(ValueError, match='wscale'):
        L.MLPConvolution2D(1, (2,), 1, wscale=1.0)
    m = L.MLPConvolution2D(3, (4, 5), 3)
    assert len(m) == 2 and m[1].W.shape == (5, 4, 1, 1)
    assert m.activation is chainer.functions.relu


def test_embed_id_ignore_label_zero_row_no_grad():
    l = L.EmbedID(3, 2, ignore_label=-1)
    x = numpy.array([0, -1, 2], numpy.int32)
    l.cleargrads()
    y = l(x)
    assert not y.array[1].any()
    y.grad = numpy.ones_like(y.array)
    y.backward()
    numpy.testing.assert_array_equal(l.W.grad[1], numpy.zeros(2))


def test_bilinear_initial_bias_validation():
    with pytest.raises(ValueError, match='tuple or None'):
        L.Bilinear(2, 2, 2, initial_bias=0.5)
    with pytest.raises(AssertionError):
        L.Bilinear(2, 2, 2, initialW=numpy.zeros((2, 2, 3), 'f'))
    l = L.Bilinear(2, 3, 4, nobias=True)
    assert sorted(n for n, _ in l.namedparams()) == ['/W']


def test_highway_transform_bias_default():
    h = L.Highway(3)
    numpy.testing.assert_array_equal(h.transform.b.array, -numpy.ones(3))
    numpy.testing.assert_array_equal(h.plain.b.array, numpy.zeros(3))


def test_scale_bias_errors_and_params():
    with pytest.raises(ValueError, match='bias_shape'):
        L.Scale(bias_term=True)
    s = L.Scale(W_shape=(2,), bias_term=True)
    numpy.testing.assert_array_equal(s.W.array, numpy.ones(2))
    assert sorted(n for n, _ in s.namedparams()) == ['/W', '/bias/b']
    assert not hasattr(L.Bias(), 'b')


def test_parameter_link():
    a = numpy.arange(6, dtype=numpy.float32).reshape(2, 3)
    p = L.Parameter(a)
    p.cleargrads()
    y = p()
    numpy.testing.assert_array_equal(y.array, a)
    assert y.creator is not None
    y.grad = numpy.ones_like(a)
    y.backward()
    numpy.testing.assert_array_equal(p.W.grad, numpy.ones_like(a))


def test_inception_bn_pooltype_error():
    with pytest.raises(NotImplementedError):
        L.InceptionBN(2, 1, 1, 1, 1, 1, 'min', 1)


def test_torch_registration_state_dict():
    l = L.Convolution2D(2, 3, 2)
    assert sorted(l.state_dict()) == ['W', 'b']
    assert isinstance(l.W, chainer.Parameter)
    assert l._parameters['W'] is l.W._t
    lazy = L.Convolution2D(3, 2)
    p = lazy._parameters['W']
    lazy(numpy.zeros((1, 4, 3, 3), numpy.float32))
    assert lazy._parameters['W'] is p and p.shape == (3, 4, 2, 2)


def test_initial_param_grad_is_nan_until_cleargrads():
    l = L.Linear(2, 3)
    assert numpy.isnan(l.W.grad).all()
    l.cleargrads()
    assert l.W.grad is None


def test_lazy_param_grad_is_valid_after_init():
    l = L.Linear(3)
    l(numpy.zeros((1, 2), numpy.float32))
    # Chainer fills the new grad with NaN; reading it must not raise.
    assert numpy.isnan(l.W.grad).all()


def test_default_init_uses_numpy_global_rng():
    numpy.random.seed(3)
    a = L.Convolution2D(2, 3, 2).W.array.copy()
    numpy.random.seed(3)
    expected = numpy.random.normal(0, numpy.sqrt(1. / 8), (3, 2, 2, 2))
    numpy.testing.assert_allclose(a, expected.astype(numpy.float32))
    numpy.random.seed(3)
    e = L.EmbedID(4, 2).W.array.copy()
    numpy.random.seed(3)
    numpy.testing.assert_allclose(
        e, numpy.random.normal(0, 1., (4, 2)).astype(numpy.float32))


def test_initializer_object_passed_through():
    l = L.Linear(2, 3, initialW=I.Constant(0.5), initial_bias=2.)
    assert (l.W.array == 0.5).all() and (l.b.array == 2.).all()
    # Chainer: a str is a numpy scalar -> Constant('bad') -> ValueError
    with pytest.raises(ValueError):
        L.Linear(2, 3, initialW='bad')
    with pytest.raises(TypeError):
        L.Linear(2, 3, initialW=object())


def test_conv2d_cudnn_fast_refused_on_cpu():
    # Chainer raises this RuntimeError on CPU too (D-500 on CUDA).
    with chainer.using_config('compute_mode', 'cudnn_fast'):
        l = L.Convolution2D(2, 3, 2)
    assert l.cudnn_fast
    with pytest.raises(RuntimeError, match='CPU backend'):
        l(numpy.zeros((1, 2, 3, 3), numpy.float32))
    assert not L.Convolution2D(2, 3, 2).cudnn_fast


def test_memory_layouts_helpers():
    from chainer_compat import memory_layouts as ml
    assert ml.CUDNN_CHANNEL_FIRST_X is None
    assert ml._transpose_shape(
        (2, 3, 4, 5), None, ml.CUDNN_CHANNEL_LAST_X) == (2, 4, 5, 3)
    assert ml.get_semantic_shape(numpy.zeros((2, 3))) == (2, 3)
    with pytest.raises(ValueError):
        ml._get_layout_transpose_axes(4, 'a', 'b')
