"""``assert_allclose`` for numpy/cupy/torch arrays and Variables."""
import io

import numpy

import chainer_compat
from chainer_compat import backend
from chainer_compat import utils


def _to_numpy(x):
    if isinstance(x, chainer_compat.Variable):
        x = x.array
    return backend.CpuDevice().send(utils.force_array(x))


def assert_allclose(x, y, atol=1e-5, rtol=1e-4, verbose=True):
    """Asserts that ``x`` and ``y`` agree elementwise within tolerance.

    Arrays may live on any device; on failure the message locates the worst
    element (Chainer's format).
    """
    x = _to_numpy(x)
    y = _to_numpy(y)
    try:
        numpy.testing.assert_allclose(
            x, y, atol=atol, rtol=rtol, verbose=verbose)
    except AssertionError as e:
        f = io.StringIO()
        f.write(str(e) + '\n\n')
        f.write('assert_allclose failed:\n'
                '  shape: {} {}\n'
                '  dtype: {} {}\n'.format(x.shape, y.shape, x.dtype, y.dtype))
        if x.shape == y.shape:
            xx = numpy.atleast_1d(x)
            yy = numpy.atleast_1d(y)
            err = numpy.abs(xx - yy)
            tol_rtol = rtol * numpy.abs(yy).astype(numpy.float64)
            tol_err = atol + tol_rtol
            # Python ints: the index prints as '(1,)' as under NumPy 1.x.
            i = tuple(int(k) for k in numpy.unravel_index(
                numpy.argmax(err.astype(numpy.float64) - tol_err), err.shape))
            rel_err = 'inf' if yy[i] == 0 else err[i] / numpy.abs(yy[i])
            f.write('  i: {}\n'
                    '  x[i]: {}\n'
                    '  y[i]: {}\n'
                    '  relative error[i]: {}\n'
                    '  absolute error[i]: {}\n'
                    '  relative tolerance * |y[i]|: {}\n'
                    '  absolute tolerance: {}\n'
                    '  total tolerance: {}\n'.format(
                        i, xx[i], yy[i], rel_err, err[i], tol_rtol[i], atol,
                        tol_err[i]))
        opts = numpy.get_printoptions()
        try:
            numpy.set_printoptions(threshold=10000)
            f.write('x: ' + numpy.array2string(x, prefix='x: ') + '\n')
            f.write('y: ' + numpy.array2string(y, prefix='y: ') + '\n')
        finally:
            numpy.set_printoptions(**opts)
        raise AssertionError(f.getvalue())


def _as_noncontiguous_array(array):
    """Returns a non-contiguous copy of ``array`` (lists/tuples map)."""
    if isinstance(array, (list, tuple)):
        return type(array)([_as_noncontiguous_array(a) for a in array])
    a = array
    if a is None or a.size <= 1:
        return a
    device = backend.get_device_from_array(a)
    xp = device.xp
    # Chainer takes every other element backwards (negative strides); torch
    # tensors cannot view negative strides, so the facade would copy such an
    # array into a contiguous one.  Positive strides keep it non-contiguous
    # all the way into FunctionNode.forward.
    every_other = (slice(None, None, 2),) * a.ndim
    with chainer_compat.using_device(device):
        ret = xp.empty(tuple(s * 2 for s in a.shape), dtype=a.dtype)
        ret[every_other] = a
        ret = ret[every_other]
    flags = getattr(ret, 'flags', None)
    if flags is not None:
        assert not flags.c_contiguous
    return ret
