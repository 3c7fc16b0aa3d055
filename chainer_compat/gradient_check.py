"""``chainer.gradient_check``: numerical checks of backward implementations.

``check_backward`` compares the gradient that backprop (torch autograd, or a
user ``FunctionNode.backward``) computes with a finite-difference estimate,
along one random direction drawn from numpy's global RNG exactly as Chainer
draws it -- so seeded tests sample the same directions and tolerances behave
the same.  ``check_double_backward`` applies the same check to the
first-order gradient graph.
"""
import io
import warnings

import numpy

import chainer_compat
from chainer_compat import backend
from chainer_compat import configuration
from chainer_compat import testing
from chainer_compat import utils
from chainer_compat import variable


class NondifferentiableError(Exception):
    pass


def _check_device_supported(device, api):
    # Without CuPy, GPU arrays are torch CUDA tensors (D-001): the numeric
    # part below is written against numpy/cupy array APIs.
    if device.xp is numpy:
        return
    from chainer_compat.backends import cuda
    if not cuda.cupy:
        raise NotImplementedError(
            'chainer.gradient_check.{}: GPU arrays need CuPy (they are torch '
            'CUDA tensors without it); run the check on CPU arrays (see '
            'docs/divergences.md D-102)'.format(api))


def _copy_arrays(xs):
    xp = backend.get_array_module(*xs)
    return [None if x is None else xp.array(x, dtype=numpy.float64, copy=True)
            for x in xs]


def _ones_like(arr):
    device = backend.get_device_from_array(arr)
    with chainer_compat.using_device(device):
        return device.xp.ones_like(arr)


def _make_outputs_props_in_error_message(outputs, grad_outputs):
    return (
        'Output shapes and dtypes         : {}\n'
        'Output gradient shapes and dtypes: {}'.format(
            utils._format_array_props(outputs),
            utils._format_array_props(grad_outputs)))


def _check_outputs_and_grad_outputs(outputs, grad_outputs):
    if len(outputs) != len(grad_outputs):
        raise ValueError(
            'Output gradients must contain equally as many elements as '
            'the number of output elements.\n'
            '{}'.format(
                _make_outputs_props_in_error_message(outputs, grad_outputs)))
    ok = True
    for y, gy in zip(outputs, grad_outputs):
        if gy is None:
            continue
        if y is None and (gy == 0).all():
            continue
        if y.shape != gy.shape or y.dtype != gy.dtype:
            ok = False
    if not ok:
        raise ValueError(
            'Shapes and/or dtypes of outputs and output gradients do not '
            'match.\n'
            '{}'.format(
                _make_outputs_props_in_error_message(outputs, grad_outputs)))


def _nondifferentiable_message(header, lines, yss, i_out):
    f = io.StringIO()
    f.write('Tried to compute the numeric gradient on a '
            'non-differentiable point.\n\n')
    for k, v in header + lines:
        f.write('{}: {}\n'.format(k, v))
    for label, ys in zip(('x-eps  ', 'x-eps/2', 'x      ', 'x+eps/2',
                          'x+eps  '), yss):
        f.write('y[{}]: {}\n'.format(label, ys[i_out]))
    return f.getvalue()


def numerical_grad(
        f, inputs, grad_outputs, eps=1e-3,
        detect_nondifferentiable=False, diff_atol=0, diff_rtol=1e-2,
        center_outputs=None):
    """Computes numerical gradient by finite differences (Chainer API).

    ``f`` takes no argument and returns the outputs computed from
    ``inputs``, whose elements are perturbed in place one at a time.  With
    ``detect_nondifferentiable`` the function is evaluated at 5 points
    (third-order accurate) and a quadratic fit detects kinks, raising
    :class:`NondifferentiableError`.  ``center_outputs`` is ignored (as in
    Chainer 7.8.1).

    Returns:
        list: Numerical gradient arrays corresponding to ``inputs``.
    """
    center_outputs = None  # Chainer 7.8.1 ignores it as well.
    assert eps > 0
    assert isinstance(inputs, (tuple, list))
    for x in inputs:
        if x.dtype.kind != 'f':
            raise RuntimeError(
                'The dtype of input arrays must be kind of float')
    inputs = tuple(inputs)
    grad_outputs = tuple(
        None if g is None
        else numpy.float64(g) if numpy.isscalar(g)
        else g.astype(numpy.float64)
        for g in grad_outputs)
    if not chainer_compat.is_arrays_compatible(
            [a for a in inputs + grad_outputs if not numpy.isscalar(a)]):
        raise RuntimeError('Do not mix GPU and CPU arrays in `numerical_grad`')

    device = backend.get_device_from_array(*(inputs + grad_outputs))
    _check_device_supported(device, 'numerical_grad')
    xp = device.xp
    grads = [xp.zeros(x.shape, numpy.float64) for x in inputs]

    if detect_nondifferentiable:
        ys0 = _copy_arrays(f())
        nout = len(ys0)
        shapes = [y0.shape for y0 in ys0]
        sizes = numpy.array([y0.size for y0 in ys0])
        cumsizes = numpy.cumsum(sizes)

    def eval_func(x, x_ind, delta, orig):
        x[x_ind] = orig + delta
        ys = _copy_arrays(f())
        assert len(ys) == len(grad_outputs)
        assert all(gy is None for y, gy in zip(ys, grad_outputs) if y is None)
        assert all(gy is None or numpy.isscalar(gy) or y.shape == gy.shape
                   for y, gy in zip(ys, grad_outputs))
        x[x_ind] = orig
        return ys

    def detect(i_in, x_ind, yss):
        # 1. finiteness changing among the sample points -> kink.
        any_nonfinite = False
        for i_out in range(nout):
            isfinites = [xp.isfinite(ys[i_out]) for ys in yss]
            if any((isfinites[0] != isfinites[i]).any()
                   for i in range(1, len(yss))):
                raise NondifferentiableError(_nondifferentiable_message(
                    [('i_in', i_in), ('i_out', i_out),
                     ('x', inputs[i_in]), ('index on x', x_ind),
                     ('eps', eps)], [], yss, i_out))
            any_nonfinite |= not all(m.all() for m in isfinites)
        if any_nonfinite:
            return
        # 2. quadratic fit through the 5 points; a large residual -> kink.
        ystack = xp.vstack([xp.hstack([y.ravel() for y in ys]) for ys in yss])
        ystack = backend.CpuDevice().send(ystack)
        _, (residuals, _, _, _) = numpy.polynomial.polynomial.polyfit(
            range(len(yss)), ystack, deg=2, full=True)
        residuals = device.send(residuals)
        residuals = xp.sqrt(residuals / len(yss))
        for i_out in range(nout):
            size = sizes[i_out]
            cumsize = cumsizes[i_out]
            stacked = xp.concatenate([ys[i_out][None] for ys in yss])
            ymax = stacked.max(axis=0)
            ymin = stacked.min(axis=0)
            res = residuals[cumsize - size:cumsize].reshape(shapes[i_out])
            det = utils.force_array(
                diff_atol + diff_rtol * (ymax - ymin) < res)
            det[ymax == ymin] = False  # constant output is differentiable
            if det.any():
                raise NondifferentiableError(_nondifferentiable_message(
                    [('i_in', i_in), ('i_out', i_out),
                     ('x', inputs[i_in]), ('index on x', x_ind),
                     ('eps', eps)],
                    [('diff_rtol', diff_rtol), ('diff_atol', diff_atol),
                     ('ymax', ymax), ('ymin', ymin),
                     ('diff_atol + diff_rtol * (ymax-ymin)',
                      diff_atol + diff_rtol * (ymax - ymin)),
                     ('fitting errors', res)], yss, i_out))

    def iterate_single_input(i_in, x, gx, orig_x, x_ind):
        orig = orig_x[x_ind]
        if detect_nondifferentiable:
            yss = [eval_func(x, x_ind, -eps * 1., orig),
                   eval_func(x, x_ind, -eps * .5, orig),
                   ys0,
                   eval_func(x, x_ind, +eps * .5, orig),
                   eval_func(x, x_ind, +eps * 1., orig)]
        else:
            yss = [eval_func(x, x_ind, -eps * 1, orig),
                   eval_func(x, x_ind, +eps * 1, orig)]
        assert all(y is None or (y.shape == yss[0][i].shape
                                 and y.dtype == yss[0][i].dtype)
                   for ys in yss for i, y in enumerate(ys))
        # Skip the kink detection when every output is empty.
        if detect_nondifferentiable and not all(
                y is None or y.size == 0 for y in yss[0]):
            detect(i_in, x_ind, yss)

        for i_out, gy in enumerate(grad_outputs):
            if gy is None:
                continue
            if not numpy.isscalar(gy):
                gy = gy.astype(numpy.float64, copy=False)
            assert all((yss[0][i_out] is None) == (ys[i_out] is None)
                       for ys in yss)
            if yss[0][i_out] is None:
                continue
            if len(yss) == 2:  # central difference, 1st order
                dot = ((yss[1][i_out] - yss[0][i_out]) * gy).sum()
                gx[x_ind] = gx[x_ind] + dot / (2 * eps)
            else:  # 5-point stencil, 3rd order
                num = (-yss[4][i_out] + 8 * yss[3][i_out]
                       - 8 * yss[1][i_out] + yss[0][i_out])
                dot = (num * gy).sum()
                gx[x_ind] = gx[x_ind] + dot / (6 * eps)

    with configuration.using_config('type_check', False):
        for i_in, (x, gx) in enumerate(zip(inputs, grads)):
            orig_x = x.copy()
            for x_ind in numpy.ndindex(x.shape):
                iterate_single_input(i_in, x, gx, orig_x, x_ind)

    return [g.astype(x.dtype, copy=False) for g, x in zip(grads, inputs)]


def assert_allclose(x, y, atol=1e-5, rtol=1e-4, verbose=True):
    """Deprecated alias of :func:`chainer.testing.assert_allclose`."""
    warnings.warn(
        'chainer.gradient_check.assert_allclose is deprecated. '
        'Use chainer.testing.assert_allclose instead.',
        DeprecationWarning)
    testing.assert_allclose(x, y, atol, rtol, verbose)


def _as_tuple(xs):
    if isinstance(xs, tuple):
        return xs
    if isinstance(xs, list):
        return tuple(xs)
    return xs,


class _CheckBackward(object):

    def __init__(self, func, xs, gys, params, eps, atol, rtol, no_gxs,
                 dtype, detect_nondifferentiable, is_immutable_params):
        if dtype is not None and numpy.dtype(dtype).kind != 'f':
            raise ValueError('`dtype` is allowed only float type')
        if is_immutable_params and not all(
                isinstance(p, chainer_compat.get_array_types())
                for p in params):
            raise ValueError(
                'All parameters in `params` must be ndarrays if '
                '`is_immutable_params` is `True`. Actual: {}.'.format(
                    ', '.join(str(type(p)) for p in params)))
        xs = _as_tuple(xs)
        if gys is not None:
            gys = _as_tuple(gys)
        params = _as_tuple(params)
        if no_gxs is None:
            no_gxs = [None if x is None else x.dtype.kind != 'f' for x in xs]
        elif len(no_gxs) != len(xs):
            raise ValueError(
                'Length of no_grads param and xs should be same.\n'
                'Actual: {0} != {1}'.format(len(no_gxs), len(xs)))
        self.device = backend.get_device_from_array(*xs)
        _check_device_supported(self.device, 'check_backward')
        self.func = func
        self.xs = xs
        self.gys = gys
        self.params = params
        self.no_gxs = no_gxs
        self.atol = atol
        self.rtol = rtol
        self.is_immutable_params = is_immutable_params
        self.eps = eps
        self.dtype = dtype
        self.detect_nondifferentiable = detect_nondifferentiable

    def run(self):
        with chainer_compat.using_device(self.device):
            self._run()

    def _run(self):
        xs_backward, ys, params_backward = (
            self._forward_for_backward_gradients())
        ys0 = tuple(None if y is None else y.array for y in ys)
        if self.gys is None:
            if not (len(ys) == 1 and ys[0].shape == ()):
                raise ValueError(
                    'y_grad argument cannot be omitted if the target function '
                    'is not a loss function, which has a single output with '
                    'shape ().\n'
                    'Actual output shapes: {}'.format(
                        ', '.join(str(y.shape) for y in ys)))
            self.gys = tuple(_ones_like(y.array) for y in ys)
        else:
            _check_outputs_and_grad_outputs(ys, self.gys)
        self.gys = tuple(
            None if y is None else gy for gy, y in zip(self.gys, ys0))

        directions = self._sample_directions()
        gx_backward = self._directional_backward_gradients(
            xs_backward, ys, params_backward, directions)
        gx_numeric = self._directional_numeric_gradients(directions, ys0)
        self._compare_gradients(gx_numeric, gx_backward, directions)

    def _compare_gradients(self, gx_numeric, gx_backward, directions):
        try:
            testing.assert_allclose(
                gx_numeric, gx_backward, atol=self.atol, rtol=self.rtol)
        except AssertionError as e:
            f = io.StringIO()
            f.write('check_backward failed (eps={} atol={} rtol={})\n'.format(
                self.eps, self.atol, self.rtol))
            for i, x in enumerate(self.xs):
                f.write('inputs[{}]:\n{}\n'.format(i, x))
            for i, gy in enumerate(self.gys):
                f.write('grad_outputs[{}]:\n{}\n'.format(i, gy))
            for i, d in enumerate(directions):
                f.write('directions[{}]:\n{}\n'.format(i, d))
            f.write('gradients (numeric):  {}\n'.format(gx_numeric))
            f.write('gradients (backward): {}\n'.format(gx_backward))
            f.write('\n')
            f.write('x: numeric gradient, y: backward gradient')
            f.write(str(e))
            raise AssertionError(f.getvalue())

    def _sample_directions(self):
        xp = self.device.xp
        shapes = [None if x is None else x.shape
                  for x, no_gx in zip(self.xs, self.no_gxs) if not no_gx]
        shapes += [p.shape for p in self.params]
        total_size = sum(int(numpy.prod(s)) for s in shapes if s is not None)
        return self._unpack_arrays(
            xp, self._sample_unit_vector(total_size, xp), shapes)

    @staticmethod
    def _sample_unit_vector(size, xp):
        # Chainer: a normal sample pushed away from zero in every component
        # (each |d_i| >= sqrt(0.01 / size)), then normalised to unit norm.
        directions = xp.random.normal(size=(size,))
        if size == 0:
            return directions
        sq = xp.square(directions)
        return xp.copysign(
            xp.sqrt((0.99 / sq.sum()) * sq + 0.01 / size), directions)

    def _unpack_arrays(self, xp, packed, shapes):
        assert packed.ndim == 1
        out = []
        offset = 0
        for shape in shapes:
            if shape is None:
                out.append(None)
                continue
            size = int(numpy.prod(shape))
            out.append(packed[offset:offset + size].reshape(shape))
            offset += size
        return tuple(out)

    def _clear_grads(self, xs):
        for x in xs:
            if x is not None:
                x.grad_var = None

    def _forward_for_backward_gradients(self):
        xs = [None if x is None
              else variable.Variable(x, requires_grad=x.dtype.kind == 'f')
              for x in self.xs]
        params = self.params
        if self.is_immutable_params:
            params = tuple(chainer_compat.Parameter(p) for p in params)
            ys = self.func(xs, params)
        else:
            ys = self.func(*xs)
        ys = _as_tuple(ys)
        self._clear_grads(xs)
        self._clear_grads(params)
        return xs, ys, params

    def _directional_backward_gradients(self, xs, ys, params, directions):
        pairs = [
            (y, None if gy is None
             else chainer_compat.Variable(gy.copy(), requires_grad=False))
            for y, gy in zip(ys, self.gys) if y is not None]
        if pairs:
            chainer_compat.backward(
                [y for y, _ in pairs], [g for _, g in pairs])
        for no_gx, x in zip(self.no_gxs, xs):
            if no_gx and x.grad is not None:
                raise RuntimeError('gradient of int variable must be None')
        grads = ([None if x is None else x.grad
                  for x, no_gx in zip(xs, self.no_gxs) if not no_gx]
                 + [p.grad for p in params])
        assert len(grads) == len(directions)
        gx_accum = 0
        for g, direction in zip(grads, directions):
            if g is not None:
                assert direction is not None
                gx_accum += (g.astype(numpy.float64) * direction).sum()
        return gx_accum

    def _directional_numeric_gradients(self, directions, y0_data):
        xp = self.device.xp
        func = self.func
        params = self.params
        no_gxs = self.no_gxs
        dtype = self.dtype
        immutable = self.is_immutable_params
        params_data = [p if immutable else p.array for p in params]

        x_vars = [variable.Variable(x, requires_grad=False) for x in self.xs]
        xs_filtered = [x.array for x, no_gx in zip(x_vars, no_gxs)
                       if not no_gx]
        if dtype is None:
            casted_data = list(xs_filtered + params_data)
        else:
            for x, no_gx in zip(x_vars, no_gxs):
                if no_gx and x.array.dtype.kind == 'f':
                    x.array = x.array.astype(dtype, copy=False)
            casted_data = [None if x is None else x.astype(dtype, copy=False)
                           for x in xs_filtered + params_data]

        delta = xp.array(0., numpy.float64)

        def perturb(data, direction):
            if data is None:
                assert direction is None
                return data
            data = (data.astype(numpy.float64)
                    + delta * direction).astype(data.dtype)
            if numpy.isscalar(data):
                data = xp.array(data)
            return data

        def g():
            g_x_vars = []
            j = 0
            for x_var, no_gx in zip(x_vars, no_gxs):
                if no_gx:
                    g_x_vars.append(x_var)
                else:
                    data = perturb(casted_data[j], directions[j])
                    g_x_vars.append(
                        None if data is None else variable.Variable(data))
                    j += 1
            for i in range(len(params)):
                data = perturb(casted_data[j + i], directions[j + i])
                if immutable:
                    params_data[i] = data
                else:
                    params[i].array = data

            self._clear_grads(g_x_vars)
            if not immutable:
                self._clear_grads(params)

            if immutable:
                ys = func(g_x_vars, tuple(
                    chainer_compat.Parameter(p) for p in params_data))
            else:
                ys = func(*g_x_vars)
            ys = _as_tuple(ys)
            ys_data = tuple(None if y is None else y.array for y in ys)

            if not immutable:
                for i, param in enumerate(params):
                    param.array = casted_data[j + i]
            return ys_data

        gx, = numerical_grad(
            g, (delta,), self.gys, eps=self.eps,
            detect_nondifferentiable=self.detect_nondifferentiable,
            center_outputs=y0_data, diff_atol=0, diff_rtol=self.rtol)
        return gx


def check_backward(
        func, x_data, y_grad, params=(),
        eps=1e-3, atol=1e-5, rtol=1e-4, no_grads=None, dtype=None,
        detect_nondifferentiable=False):
    """Tests the backward procedure of ``func`` (Chainer API).

    ``func`` is called with Variables made from ``x_data`` and its outputs
    are backpropagated with ``y_grad`` (``None`` for a scalar loss).  The
    directional derivative along a random unit vector ``r`` (over the
    differentiable inputs and ``params``) is compared with the central
    finite difference of ``delta -> func(x + delta * r)``; a mismatch raises
    ``AssertionError`` with both values.  ``no_grads`` marks inputs whose
    gradient must stay ``None`` (default: non-float inputs); ``dtype`` is the
    dtype used for the numerical evaluation.
    """
    _CheckBackward(
        func, x_data, y_grad, params, eps, atol, rtol, no_grads, dtype,
        detect_nondifferentiable, is_immutable_params=False
    ).run()


def _check_backward_with_params(
        func, x_data, y_grad, params=(),
        eps=1e-3, atol=1e-5, rtol=1e-4, no_grads=None, dtype=None,
        detect_nondifferentiable=False):
    # ``params`` are arrays; ``func(xs, params)`` receives fresh Parameters.
    assert all(isinstance(p, chainer_compat.get_array_types()) for p in params)
    _CheckBackward(
        func, x_data, y_grad, params, eps, atol, rtol, no_grads, dtype,
        detect_nondifferentiable, is_immutable_params=True
    ).run()


def _cast_like(gy, y):
    if gy is None:
        return None
    if gy.dtype == y.dtype:
        return gy
    from chainer_compat import functions
    return functions.cast(gy, y.dtype)


def check_double_backward(func, x_data, y_grad, x_grad_grad, params=(),
                          params_grad_grad=(), eps=1e-3, atol=1e-4, rtol=1e-3,
                          no_grads=None, dtype=None,
                          detect_nondifferentiable=False):
    """Tests the second-order gradient of ``func`` (Chainer API).

    The first-order gradients (computed with ``enable_double_backprop``)
    are treated as a function of the inputs and output gradients and
    checked with :func:`check_backward` against ``x_grad_grad`` /
    ``params_grad_grad``.  The first-order gradient itself is not checked.
    """
    xs = _as_tuple(x_data)
    params = _as_tuple(params)
    gys = _as_tuple(y_grad)
    ggxs = _as_tuple(x_grad_grad)
    ggparams = _as_tuple(params_grad_grad)
    n_x = len(xs)
    first_order_no_gxs = [x.dtype.kind != 'f' for x in xs]

    def first_order_grad(*inputs):
        in_xs = inputs[:n_x]
        in_gys = inputs[n_x:]
        ys = _as_tuple(func(*in_xs))
        in_gys = [_cast_like(gy, y) for y, gy in zip(ys, in_gys)]
        _check_outputs_and_grad_outputs(ys, in_gys)
        with warnings.catch_warnings():
            # torch warns that accumulating a create_graph gradient into a
            # leaf's .grad makes a reference cycle; Chainer has no such
            # warning and the leaves here are temporaries.
            warnings.filterwarnings(
                'ignore', category=UserWarning,
                message='Using backward\\(\\) with create_graph=True')
            chainer_compat.backward(ys, in_gys, enable_double_backprop=True)

        gxs = []
        errors = []
        for i, (no_gx, x) in enumerate(zip(first_order_no_gxs, in_xs)):
            if no_gx:
                if x.grad is not None:
                    errors.append(
                        '[{}]: Gradient was calculated while expected to not.'
                        .format(i))
            else:
                gxs.append(None if x.grad is None else x.grad_var)
        if errors:
            raise RuntimeError(
                'There are errors retrieving first-order gradients:\n'
                'Inputs: {}\nSkip: {}\nErrors:\n{}'.format(
                    utils._format_array_props(in_xs),
                    ', '.join(str(s) for s in first_order_no_gxs),
                    ''.join('{}\n'.format(e) for e in errors)))
        return tuple(gxs + [p.grad_var for p in params])

    try:
        check_backward(first_order_grad, xs + gys, ggxs + ggparams,
                       params=params, eps=eps, atol=atol, rtol=rtol,
                       no_grads=no_grads, dtype=dtype,
                       detect_nondifferentiable=detect_nondifferentiable)
    except AssertionError as e:
        f = io.StringIO()
        f.write('check_double_backward failed '
                '(eps={} atol={} rtol={})\n'.format(eps, atol, rtol))
        for name, arrays in (('input', xs), ('grad_output', gys),
                             ('grad_grad_input', ggxs),
                             ('grad_grad_param', ggparams)):
            for i, a in enumerate(arrays):
                f.write('{}[{}]:\n{}\n'.format(name, i, a))
        f.write('\n')
        f.write(str(e))
        utils._raise_from(AssertionError, f.getvalue(), e)
