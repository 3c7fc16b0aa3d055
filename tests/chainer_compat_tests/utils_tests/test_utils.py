import inspect
import os
import warnings

import numpy
import pytest

import chainer_compat
from chainer_compat import utils
from chainer_compat.utils import array as array_utils
from chainer_compat.utils import cache
from chainer_compat.utils import conv
from chainer_compat.utils import conv_nd
from chainer_compat.utils import conv_nd_kernel
from chainer_compat.utils import imgproc
from chainer_compat.utils import precision


_PUBLIC = ['CooMatrix', 'WalkerAlias', 'argument', 'array', 'cache', 'conv',
           'conv_nd', 'conv_nd_kernel', 'enable_final', 'error',
           'experimental', 'final', 'force_array', 'force_type',
           'get_conv_outsize', 'get_deconv_outsize', 'get_order', 'imgproc',
           'meta', 'nondeterministic', 'precision', 'size_of_shape',
           'sparse', 'sum_to', 'tempdir', 'to_coo', 'type_check',
           'walker_alias']


def test_public_names():
    for name in _PUBLIC:
        assert getattr(utils, name) is not None, name
    assert str(inspect.signature(utils.to_coo)) == \
        '(x, ldnz=None, requires_grad=False)'
    assert str(inspect.signature(utils.CooMatrix)) == \
        '(data, row, col, shape, order=None, requires_grad=False)'


def test_sum_to():
    x = numpy.arange(24).reshape(2, 3, 4)
    numpy.testing.assert_array_equal(utils.sum_to(x, (3, 1)),
                                     x.sum(axis=(0, 2))[:, None])
    numpy.testing.assert_array_equal(utils.sum_to(x, (4,)), x.sum((0, 1)))
    assert utils.sum_to(x, (2, 3, 4)) is x
    with pytest.raises(TypeError, match='does not support Variable'):
        utils.sum_to(chainer_compat.Variable(x.astype('f')), (4,))


def test_force_array_and_type():
    a = utils.force_array(numpy.float32(1))
    assert isinstance(a, numpy.ndarray) and a.dtype == numpy.float32
    assert utils.force_array(3.0, numpy.float16).dtype == numpy.float16
    x = numpy.zeros(2, numpy.float32)
    assert utils.force_array(x) is x
    assert utils.force_type(numpy.dtype('f'), 2).dtype == numpy.float32
    assert utils.force_type(numpy.dtype('d'), x).dtype == numpy.float64
    assert utils.size_of_shape((2, 3, 4)) == 24
    assert type(utils.size_of_shape(numpy.array([2, 3]))) is int


def test_conv_outsize():
    assert utils.get_conv_outsize(10, 3, 2, 1) == 5
    assert utils.get_conv_outsize(10, 3, 2, 1, cover_all=True) == 6
    assert utils.get_conv_outsize(10, 3, 1, 0, d=2) == 6
    assert utils.get_deconv_outsize(5, 3, 2, 1) == 9
    assert utils.get_deconv_outsize(5, 3, 2, 1, cover_all=True) == 8
    assert utils.get_deconv_outsize(5, 3, 1, 0, d=2) == 9


def _naive_im2col(img, kh, kw, sy, sx, ph, pw, dy, dx, cover_all):
    n, c, h, w = img.shape
    oh = utils.get_conv_outsize(h, kh, sy, ph, cover_all, dy)
    ow = utils.get_conv_outsize(w, kw, sx, pw, cover_all, dx)
    col = numpy.zeros((n, c, kh, kw, oh, ow), img.dtype)
    for j in range(kh):
        for i in range(kw):
            for y in range(oh):
                for x in range(ow):
                    yy = y * sy + j * dy - ph
                    xx = x * sx + i * dx - pw
                    if 0 <= yy < h and 0 <= xx < w:
                        col[:, :, j, i, y, x] = img[:, :, yy, xx]
    return col


@pytest.mark.parametrize('args', [
    (3, 3, 1, 1, 1, 1, 1, 1, False),
    (2, 3, 2, 1, 0, 1, 1, 2, False),
    (3, 2, 2, 2, 1, 0, 2, 1, True),
])
def test_im2col_col2im(args):
    kh, kw, sy, sx, ph, pw, dy, dx, cover_all = args
    rs = numpy.random.RandomState(0)
    img = rs.uniform(-1, 1, (2, 3, 7, 6)).astype(numpy.float32)
    col = conv.im2col_cpu(img, kh, kw, sy, sx, ph, pw, cover_all=cover_all,
                          dy=dy, dx=dx)
    numpy.testing.assert_array_equal(
        col, _naive_im2col(img, kh, kw, sy, sx, ph, pw, dy, dx, cover_all))
    # col2im is the adjoint of im2col: <im2col(x), c> == <x, col2im(c)>
    c = rs.uniform(-1, 1, col.shape).astype(numpy.float64)
    back = conv.col2im_cpu(c, sy, sx, ph, pw, 7, 6, dy, dx)
    assert back.shape == img.shape
    numpy.testing.assert_allclose(
        (col * c).sum(), (img * back).sum(), rtol=1e-5)
    # the torch variants agree with the numpy ones
    numpy.testing.assert_array_equal(
        conv.im2col_gpu(img, kh, kw, sy, sx, ph, pw, cover_all, dy, dx), col)
    numpy.testing.assert_allclose(
        conv.col2im_gpu(c, sy, sx, ph, pw, 7, 6, dy, dx), back, rtol=1e-12)
    # n-d versions agree with the 2-d ones
    col_nd = conv_nd.im2col_nd_cpu(img, (kh, kw), (sy, sx), (ph, pw),
                                   cover_all=cover_all, dilate=(dy, dx))
    numpy.testing.assert_array_equal(col_nd, col)
    numpy.testing.assert_allclose(
        conv_nd.col2im_nd_cpu(c, (sy, sx), (ph, pw), (7, 6), (dy, dx)),
        back, rtol=1e-12)
    numpy.testing.assert_array_equal(
        conv_nd.im2col_nd_gpu(img, (kh, kw), (sy, sx), (ph, pw),
                              cover_all=cover_all, dilate=(dy, dx)), col)


def test_conv_nd_kernel_helpers():
    assert conv_nd_kernel.mulexp(['a', 'b', 'c']) == 'a * b * c'
    assert conv_nd_kernel.andexp(['a', 'b'], 'z') == 'z && a && b'
    assert conv_nd_kernel.muladdexp(['a', 'b'], ['x', 'y'], 'i') == \
        '(y + b * (x + a * i))'
    assert conv_nd_kernel.succ_sublists([1, 2]) == [[1, 2], [2]]
    assert conv_nd_kernel.vars('k', 2) == ['k_0', 'k_1']
    with pytest.raises(NotImplementedError, match='D-103'):
        conv_nd_kernel.Im2colNDKernel.generate(2)


def test_experimental_honours_flag():
    with pytest.warns(FutureWarning, match='f is experimental'):
        utils.experimental('f')
    chainer_compat.disable_experimental_feature_warning = True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('error')
            utils.experimental('f')
    finally:
        chainer_compat.disable_experimental_feature_warning = False


def test_final():
    class Base(utils.enable_final()):
        @utils.final
        def f(self):
            pass

        @utils.final(action=UserWarning)
        def g(self):
            pass

    assert Base.__mro__[1] is object  # no placeholder class in the MRO
    with pytest.raises(TypeError, match="method 'f' is final"):
        class Sub(Base):
            def f(self):
                pass
    with pytest.warns(UserWarning, match="Overriding method 'g'"):
        class Sub2(Base):
            def g(self):
                pass


def test_nondeterministic():
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        utils.nondeterministic('F.foo')
    with chainer_compat.using_config('warn_nondeterministic', True):
        with pytest.warns(UserWarning, match='Source: F.foo'):
            utils.nondeterministic('F.foo')


def test_coo():
    x = numpy.array([[0, 2, 0], [-1, 0, 0]], numpy.float32)
    c = utils.to_coo(x, ldnz=4)
    numpy.testing.assert_array_equal(c.data.array, [2, -1, 0, 0])
    numpy.testing.assert_array_equal(c.row, [0, 1, -1, -1])
    numpy.testing.assert_array_equal(c.col, [1, 0, -1, -1])
    assert c.shape == (2, 3) and c.order == 'C'
    assert c.data.requires_grad is False
    numpy.testing.assert_array_equal(c.to_dense(), x)
    xb = numpy.stack([x, x.T.reshape(2, 3)])
    cb = utils.to_coo(xb, requires_grad=True)
    assert cb.data.shape == (2, 2) and cb.data.requires_grad
    numpy.testing.assert_array_equal(cb.to_dense(), xb)
    # reference values from Chainer 7.8.1
    assert utils.get_order(numpy.array([0, 0, 1]),
                           numpy.array([1, 2, 0])) == 'C'
    assert utils.get_order(numpy.array([1, 0, 1]),
                           numpy.array([0, 1, 1])) == 'F'
    assert utils.get_order(numpy.array([1, 0, 2]),
                           numpy.array([0, 1, 0])) == 'other'
    with pytest.raises(ValueError, match='ndim of x must be 2 or 3'):
        utils.to_coo(numpy.zeros(3))
    with pytest.raises(ValueError, match='order must be'):
        utils.CooMatrix(c.data.array, c.row, c.col, (2, 3), order='X')


def test_walker_alias_matches_chainer():
    # reference values from Chainer 7.8.1 (numpy 1.26)
    numpy.random.seed(3)
    w = utils.WalkerAlias([0.2, 0.1, 0.3, 0.4])
    assert w.threshold.tolist() == [0.4000000059604645, 0.800000011920929,
                                    0.6000000238418579, 1.0]
    assert w.values.tolist() == [1, 2, 0, 3, 2, 3, 3, 0]
    s = w.sample((3, 4))
    assert s.dtype == numpy.int32
    assert s.tolist() == [[2, 3, 0, 2], [3, 3, 2, 2], [1, 0, 1, 3]]
    assert w.use_gpu is False
    w.to_device('@numpy')
    assert isinstance(w.threshold, numpy.ndarray)


def test_walker_alias_distribution():
    numpy.random.seed(0)
    w = utils.WalkerAlias([1, 3, 6])
    counts = numpy.bincount(w.sample((30000,)), minlength=3) / 30000.
    numpy.testing.assert_allclose(counts, [0.1, 0.3, 0.6], atol=0.02)


def test_tempdir():
    with utils.tempdir(prefix='cc_') as d:
        assert os.path.isdir(d) and os.path.basename(d).startswith('cc_')
    assert not os.path.exists(d)


def test_cached_property():
    calls = []

    class C(object):
        @cache.cached_property
        def y(self):
            calls.append(1)
            return len(calls)

    c = C()
    assert c.y == 1 and c.y == 1
    with chainer_compat.no_backprop_mode():
        assert c.y == 2
    with pytest.raises(AttributeError, match='readonly'):
        c.y = 3


def test_precision_helper():
    class F(object):
        @precision._fp16_mixed_precision_helper
        def forward(self, x):
            self.seen = x
            return tuple(a * 2 for a in x)

    f = F()
    y = f.forward((numpy.ones(2, numpy.float16), numpy.ones(2, numpy.int8)))
    assert f.seen[0].dtype == numpy.float32
    assert y[0].dtype == numpy.float16 and y[1].dtype == numpy.int8
    y = f.forward((numpy.ones(2, numpy.float32),))
    assert y[0].dtype == numpy.float32


def test_oversample():
    img = numpy.arange(3 * 4 * 5, dtype=numpy.float32).reshape(3, 4, 5)
    crops = imgproc.oversample([img], (2, 3))
    assert crops.shape == (10, 3, 2, 3)
    numpy.testing.assert_array_equal(crops[0], img[:, 0:2, 0:3])
    numpy.testing.assert_array_equal(crops[3], img[:, 2:4, 2:5])
    numpy.testing.assert_array_equal(crops[4], img[:, 1:3, 1:4])
    numpy.testing.assert_array_equal(crops[5], crops[0][:, :, ::-1])


def test_deprecated_array_helpers():
    with pytest.warns(DeprecationWarning):
        assert array_utils.as_mat(numpy.zeros((2, 3, 4))).shape == (2, 12)
    with pytest.warns(DeprecationWarning):
        assert array_utils.as_vec(numpy.zeros((2, 3))).shape == (6,)


def test_raise_from_keeps_cause_text():
    with pytest.raises(RuntimeError) as e:
        try:
            raise KeyError('inner')
        except KeyError as inner:
            utils._raise_from(RuntimeError, 'outer', inner)
    assert str(e.value) == "outer\n\n(caused by)\nKeyError: 'inner'\n"


def test_raise_from_with_multi_argument_exception():
    from chainer_compat.utils.type_check import InvalidType
    with pytest.raises(InvalidType) as e:
        try:
            raise InvalidType('x.ndim == 2', 'x.ndim == 3')
        except InvalidType as inner:
            utils._raise_from(InvalidType, 'Parameterized test failed.',
                              inner)
    assert e.value.expect == 'x.ndim == 2'
    assert 'Parameterized test failed.' in e.value.__notes__
